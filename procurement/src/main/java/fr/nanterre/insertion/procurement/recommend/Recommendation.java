package fr.nanterre.insertion.procurement.recommend;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.procurement.contract.Reservation;
import org.jspecify.annotations.Nullable;

/**
 * What the recommender advises for a purchase: its options ranked, best first, with the figures they rest on.
 *
 * @param tradeCode          the trade found for the CPV code, null when none covers it
 * @param labourSharePercent the trade's labour share, or {@link Ranking#DEFAULT_LABOUR_SHARE} without a trade
 * @param workHours          the hours of work the purchase holds: amount × labour share ÷ hourly cost
 * @param history            how the City's similar clauses did
 */
public record Recommendation(Purchase purchase, @Nullable String tradeCode, BigDecimal labourSharePercent,
                             BigDecimal hourlyCost, BigDecimal ratePercent, int workHours, History history,
                             List<Option> options) {

    public Recommendation {
        options = List.copyOf(options);
    }

    public Option first() {
        return options.getFirst();
    }

    /**
     * One way to bring insertion into the purchase.
     *
     * @param rank          from 1, best first
     * @param reservation   to whom a reserved contract or lot is reserved; NONE for the other options
     * @param feasible      false when the local supply or the purchase rule it out (ranked last, with the reason)
     * @param score         what the ranking compares (see {@link Ranking})
     * @param forecastHours the insertion hours the calculator forecasts
     * @param lotAmount     the amount of the reserved lot advised; null for the other options
     * @param structures    the registered structures that could answer
     * @param reasons       the reason in words: message keys with their arguments
     */
    public record Option(int rank, OptionKind kind, Reservation reservation, boolean feasible, int score,
                         int forecastHours, @Nullable BigDecimal lotAmount, List<Candidate> structures,
                         List<Reason> reasons) {

        public Option {
            structures = List.copyOf(structures);
            reasons = List.copyOf(reasons);
        }

        Option ranked(int newRank) {
            return new Option(newRank, kind, reservation, feasible, score, forecastHours, lotAmount, structures,
                    reasons);
        }
    }

    /**
     * A registered structure whose activities cover the purchase, with what it declares and holds.
     *
     * @param busyHoursPerYear the hours a year of work it already holds on the City's contracts
     */
    public record Candidate(UUID structureId, String name, StructureKind kind, int capacityHoursPerYear,
                            int busyHoursPerYear) {

        public int freeHoursPerYear() {
            return Math.max(0, capacityHoursPerYear - busyHoursPerYear);
        }

        /** How busy it is, in percent of its declared capacity (100 when it declares none). */
        public int busyPercent() {
            return capacityHoursPerYear == 0 ? 100
                    : (int) Math.min(100, Math.round(100.0 * busyHoursPerYear / capacityHoursPerYear));
        }
    }

    /** A sentence of the reason: a message key of the procurement bundle and its arguments. */
    public record Reason(String key, List<Object> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }

        static Reason of(String key, Object... arguments) {
            return new Reason("procurement.recommend.reason." + key, List.of(arguments));
        }
    }

    /**
     * The City's clauses on similar purchases (the same trade, or the same CPV group without one) that facilitation
     * reported on: how many, and the hours they realised against their targets.
     */
    public record History(int clauses, long realisedHours, long targetHours) {

        public static final History NONE = new History(0, 0, 0);

        /** Realised ÷ target, in percent; null without a target to compare with. */
        public @Nullable Integer achievedPercent() {
            return targetHours == 0 ? null : (int) Math.round(100.0 * realisedHours / targetHours);
        }
    }
}
