package fr.nanterre.insertion.urbanrenewal.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The charter's rules for rates and targets (DESIGN.md §2). An operation's rate is the one set for it, when one
 * was; otherwise its category's, for the categories that have one (local management, GUP: 10 %); otherwise its
 * project's (5 % by default). Its target is that rate × the estimated hours of work of the lots that carry it out,
 * to the nearest whole hour: 5 % of 16,667 h = 833 h; 10 % of 16,667 h = 1,667 h.
 */
public final class CharterRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CharterRate() {
    }

    /** Above 0 and at most 100 (percent, as users type it). */
    public static boolean isRate(@Nullable BigDecimal percent) {
        return percent != null && percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0;
    }

    /** The rate that applies to an operation. */
    public static BigDecimal of(@Nullable BigDecimal override, OperationCategory category, BigDecimal projectRate,
                                CharterSettings settings) {
        if (override != null) {
            return override;
        }
        BigDecimal categoryRate = settings.categoryRate(category);
        return categoryRate != null ? categoryRate : projectRate;
    }

    /** The reserved hours: rate × hours of work, half-hours rounded up. */
    public static int target(BigDecimal ratePercent, long workHours) {
        return BigDecimal.valueOf(workHours).multiply(ratePercent).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
