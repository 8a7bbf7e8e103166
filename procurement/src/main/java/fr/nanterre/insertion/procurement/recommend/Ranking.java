package fr.nanterre.insertion.procurement.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Candidate;
import fr.nanterre.insertion.procurement.recommend.Recommendation.History;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Option;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The ranking of the options, a plain rule on the figures (docs/decisions/0024): the work the purchase holds
 * (amount × labour share ÷ hourly cost, per year of its duration) against the hours a year the local structures
 * declare and do not already work on the City's contracts.
 * <ul>
 *     <li>a reserved contract when at least {@value #MIN_COMPETITORS} structures of one kind (SIAE, or EA/ESAT) can
 *     take on all the work between them (score 100);</li>
 *     <li>a reserved lot when they can take on at least {@value #MIN_LOT_PERCENT} % of it: a lot of what they can
 *     take on, at most {@value #MAX_LOT_PERCENT} % of the amount so that ordinary companies still bid (score 90);</li>
 *     <li>an execution clause whenever it forecasts an hour (score 70; 75 when the City's similar clauses achieved
 *     their targets, 55 when they achieved less than {@value #POOR_HISTORY_PERCENT} %);</li>
 *     <li>an insertion contract when the labour share is at least {@value #INSERTION_CONTRACT_MIN_SHARE} % and a local
 *     structure does the work (score 60, else 20);</li>
 *     <li>a social award criterion (score 50; 65 when similar clauses fell short, since bidders then commit to
 *     hours they chose).</li>
 * </ul>
 * Options that the supply rules out score 0 and come last, with their reason.
 */
public final class Ranking {

    public static final BigDecimal DEFAULT_LABOUR_SHARE = new BigDecimal("50");
    static final int MIN_COMPETITORS = 2;
    static final int MIN_LOT_PERCENT = 10;
    static final int MAX_LOT_PERCENT = 50;
    static final int INSERTION_CONTRACT_MIN_SHARE = 60;
    static final int MIN_HISTORY = 3;
    static final int POOR_HISTORY_PERCENT = 70;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Ranking() {
    }

    /**
     * The options ranked, best first; ties keep the order of {@link OptionKind}.
     *
     * @param amount     the purchase's estimated amount excluding tax, above 0
     * @param months     its duration, at least 1
     * @param candidates the structures whose activities cover it, with their free capacity
     */
    public static List<Option> rank(BigDecimal amount, int months, BigDecimal labourSharePercent,
                                    BigDecimal hourlyCost, BigDecimal ratePercent, List<Candidate> candidates,
                                    History history) {
        int workHours = workHours(amount, labourSharePercent, hourlyCost);
        double yearlyWork = workHours * 12.0 / months;
        List<Candidate> siae = candidates.stream().filter(c -> Reservation.SIAE.accepts(c.kind())).toList();
        List<Candidate> eaEsat = candidates.stream().filter(c -> Reservation.EA_ESAT.accepts(c.kind())).toList();
        boolean eaEsatFirst = coverage(eaEsat, yearlyWork) > coverage(siae, yearlyWork);
        Reservation reservation = eaEsatFirst ? Reservation.EA_ESAT : Reservation.SIAE;
        List<Candidate> reserved = eaEsatFirst ? eaEsat : siae;
        double coverage = coverage(reserved, yearlyWork);
        int coveragePercent = (int) Math.round(coverage * 100);
        int free = reserved.stream().mapToInt(Candidate::freeHoursPerYear).sum();
        Integer achieved = history.clauses() >= MIN_HISTORY ? history.achievedPercent() : null;
        boolean poorHistory = achieved != null && achieved < POOR_HISTORY_PERCENT;
        boolean goodHistory = achieved != null && achieved >= 100;
        int clauseHours = HoursTarget.amountBased(amount, labourSharePercent, hourlyCost, ratePercent).hours();
        String kindLabel = reservation == Reservation.EA_ESAT ? "EA/ESAT" : "SIAE";

        List<Option> options = new ArrayList<>();
        // the whole contract reserved
        boolean contractFits = reserved.size() >= MIN_COMPETITORS && coverage >= 1;
        options.add(new Option(0, OptionKind.RESERVED_CONTRACT, reservation, contractFits, contractFits ? 100 : 0,
                workHours, null, reserved, List.of(reserved.isEmpty() ? Reason.of("reserved.none", kindLabel)
                : contractFits ? Reason.of("reserved-contract.fits", reserved.size(), kindLabel, free,
                        Math.round(yearlyWork), coveragePercent)
                : reserved.size() < MIN_COMPETITORS ? Reason.of("reserved-contract.too-few", reserved.size(),
                        kindLabel, MIN_COMPETITORS)
                : Reason.of("reserved-contract.short", reserved.size(), kindLabel, free, Math.round(yearlyWork),
                        coveragePercent))));
        // a lot reserved
        boolean lotFits = !reserved.isEmpty() && coveragePercent >= MIN_LOT_PERCENT;
        BigDecimal lotAmount = lotFits ? lotAmount(amount, coverage) : null;
        int lotHours = lotAmount == null ? 0 : workHours(lotAmount, labourSharePercent, hourlyCost);
        options.add(new Option(0, OptionKind.RESERVED_LOT, reservation, lotFits, lotFits ? 90 : 0, lotHours,
                lotAmount, reserved, List.of(reserved.isEmpty() ? Reason.of("reserved.none", kindLabel)
                : lotFits ? Reason.of("reserved-lot.fits", reserved.size(), kindLabel, free, Math.round(yearlyWork),
                        coveragePercent, lotAmount, percentOf(lotAmount, amount), MAX_LOT_PERCENT)
                : Reason.of("reserved-lot.short", reserved.size(), kindLabel, free, Math.round(yearlyWork),
                        coveragePercent, MIN_LOT_PERCENT))));
        // an execution clause
        List<Reason> clauseReasons = new ArrayList<>();
        clauseReasons.add(Reason.of("clause.formula", amount, labourSharePercent, hourlyCost, ratePercent,
                clauseHours));
        clauseReasons.add(candidates.isEmpty() ? Reason.of("clause.no-supply")
                : Reason.of("clause.supply", candidates.size()));
        clauseReasons.add(history(history, achieved));
        options.add(new Option(0, OptionKind.EXECUTION_CLAUSE, Reservation.NONE, clauseHours > 0,
                clauseHours == 0 ? 0 : goodHistory ? 75 : poorHistory ? 55 : 70, clauseHours, null, candidates,
                clauseReasons));
        // a social award criterion
        options.add(new Option(0, OptionKind.SOCIAL_CRITERION, Reservation.NONE, true, poorHistory ? 65 : 50,
                clauseHours, null, candidates, poorHistory
                ? List.of(Reason.of("criterion.commitment", clauseHours), Reason.of("criterion.poor-history", achieved))
                : List.of(Reason.of("criterion.commitment", clauseHours))));
        // an insertion contract
        List<Candidate> insertionSupply = candidates.stream()
                .filter(c -> c.kind().isSiae() || c.kind() == StructureKind.REGIE_DE_QUARTIER).toList();
        boolean labourIntensive = labourSharePercent.compareTo(BigDecimal.valueOf(INSERTION_CONTRACT_MIN_SHARE)) >= 0;
        options.add(new Option(0, OptionKind.INSERTION_CONTRACT, Reservation.NONE, true,
                labourIntensive && !insertionSupply.isEmpty() ? 60 : 20, workHours, null, insertionSupply,
                List.of(!labourIntensive ? Reason.of("insertion-contract.low-share", labourSharePercent,
                        INSERTION_CONTRACT_MIN_SHARE)
                        : insertionSupply.isEmpty() ? Reason.of("insertion-contract.no-supply")
                        : Reason.of("insertion-contract.fits", labourSharePercent, insertionSupply.size()))));

        List<Option> sorted = options.stream()
                .sorted(Comparator.comparingInt(Option::score).reversed()).toList();
        return IntStream.range(0, sorted.size()).mapToObj(i -> sorted.get(i).ranked(i + 1)).toList();
    }

    /** amount × labour share ÷ hourly cost, in whole hours: the calculator's estimated hours of work. */
    static int workHours(BigDecimal amount, BigDecimal labourSharePercent, BigDecimal hourlyCost) {
        Integer hours = HoursTarget.amountBased(amount, labourSharePercent, hourlyCost, HUNDRED).estimatedWorkHours();
        return hours == null ? 0 : hours;
    }

    /** The free hours a year of the structures ÷ the purchase's hours of work a year. */
    private static double coverage(List<Candidate> structures, double yearlyWork) {
        int free = structures.stream().mapToInt(Candidate::freeHoursPerYear).sum();
        return yearlyWork <= 0 ? 0 : free / yearlyWork;
    }

    /** What the structures can take on, at most half the amount, rounded down to the thousand euros. */
    private static BigDecimal lotAmount(BigDecimal amount, double coverage) {
        double share = Math.min(coverage, MAX_LOT_PERCENT / 100.0);
        BigDecimal lot = amount.multiply(BigDecimal.valueOf(share)).divide(THOUSAND, 0, RoundingMode.DOWN)
                .multiply(THOUSAND);
        return lot.signum() > 0 ? lot : amount.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.DOWN);
    }

    private static int percentOf(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }

    private static Reason history(History history, @Nullable Integer achieved) {
        if (history.clauses() == 0) {
            return Reason.of("history.none");
        }
        if (achieved == null) {
            return Reason.of("history.few", history.clauses());
        }
        return Reason.of(achieved >= 100 ? "history.good" : achieved < POOR_HISTORY_PERCENT ? "history.poor"
                : "history.fair", history.clauses(), achieved);
    }
}
