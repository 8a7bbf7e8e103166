package fr.nanterre.insertion.facilitation.agreement;

import static fr.nanterre.insertion.partners.OutcomeCategory.DURABLE_JOB;
import static fr.nanterre.insertion.partners.OutcomeCategory.POSITIVE_EXIT;
import static fr.nanterre.insertion.partners.OutcomeCategory.TRANSITION_JOB;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.nanterre.insertion.partners.OutcomeCategory;
import org.jspecify.annotations.Nullable;

/**
 * The yearly report of the MEF's agreement: the year's results, from facilitation's own data, against the
 * agreement's objectives (see docs/decisions/0018-mef-agreement-report.md).
 *
 * @param hours             hours worked in the year's months that count (entered by hand, or from a validated
 *                          statement), each × its placement's modality coefficient, to two decimals
 * @param fullTimeEquivalents the hours ÷ {@code hoursPerEtp}
 * @param people            participants with counted hours in the year
 * @param placementsStarted placements that started in the year
 * @param exits             exits dated in the year of participants the MEF had placed, for every category
 */
public record AgreementReport(MefAgreement agreement, BigDecimal hours, BigDecimal fullTimeEquivalents,
                              BigDecimal hoursPerEtp, int people, int placementsStarted,
                              Map<OutcomeCategory, Integer> exits) {

    /** The exits the objective counts, "sorties dynamiques": durable jobs, transition jobs and positive exits. */
    public static final Set<OutcomeCategory> DYNAMIC_EXITS = Collections.unmodifiableSet(
            EnumSet.of(DURABLE_JOB, TRANSITION_JOB, POSITIVE_EXIT));

    public enum Measure { HOURS, PEOPLE, DYNAMIC_EXITS }

    /** An objective against its result, and the achievement rate in % to one decimal (none when the objective is 0). */
    public record Comparison(Measure measure, int objective, BigDecimal result) {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public @Nullable BigDecimal rate() {
            return objective == 0 ? null
                    : result.multiply(HUNDRED).divide(BigDecimal.valueOf(objective), 1, RoundingMode.HALF_UP);
        }
    }

    public AgreementReport {
        Map<OutcomeCategory, Integer> every = new EnumMap<>(OutcomeCategory.class);
        for (OutcomeCategory category : OutcomeCategory.values()) {
            every.put(category, exits.getOrDefault(category, 0));
        }
        exits = Collections.unmodifiableMap(every);
    }

    public int year() {
        return agreement.year();
    }

    public int dynamicExits() {
        return DYNAMIC_EXITS.stream().mapToInt(exits::get).sum();
    }

    public int allExits() {
        return exits.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<Comparison> comparisons() {
        AgreementTerms terms = agreement.terms();
        return List.of(new Comparison(Measure.HOURS, terms.objectiveHours(), hours),
                new Comparison(Measure.PEOPLE, terms.objectivePeople(), BigDecimal.valueOf(people)),
                new Comparison(Measure.DYNAMIC_EXITS, terms.objectiveExits(), BigDecimal.valueOf(dynamicExits())));
    }
}
