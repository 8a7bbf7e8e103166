package fr.nanterre.insertion.urbanrenewal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * What was worked on the clauses of some operations, over some years: the hours (of which Nanterre residents',
 * which the charter counts, of which QPV residents'), the people who worked them (each counted once, whatever the
 * number of clauses or operations), and the contracts of employment (placements).
 */
public record Figures(BigDecimal hours, BigDecimal nanterreHours, BigDecimal qpvHours, long people,
                      long nanterrePeople, long qpvPeople, long women, long under26, long over50, long contracts) {

    public static final Figures NONE = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0,
            0, 0);

    /** The QPV residents' share of the Nanterre residents' hours, in percent to one decimal; null without hours. */
    public @Nullable BigDecimal qpvSharePercent() {
        if (nanterreHours.signum() == 0) {
            return null;
        }
        return qpvHours.multiply(BigDecimal.valueOf(100)).divide(nanterreHours, 1, RoundingMode.HALF_UP);
    }

    /** Hours of people who live outside Nanterre, or whose residence was not recorded. */
    public BigDecimal otherHours() {
        return hours.subtract(nanterreHours);
    }
}
