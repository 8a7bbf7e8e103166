package fr.nanterre.insertion.procurement.clause;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The inputs of an execution clause's insertion-hours target, and the target they give, rounded to the
 * nearest whole hour. The usual method: 1,000,000 € × 50 % ÷ 30 €/h × 5 % = 833 h. Percentages are written as
 * users type them: 50 for 50 %.
 *
 * @param amountExclTax       the lot's amount excluding tax (amount-based method)
 * @param labourSharePercent  the share of labour in that amount, from the trade (amount-based method)
 * @param hourlyCost          the loaded hourly cost of labour, typically 25 to 30 € (amount-based method)
 * @param ratePercent         the insertion rate, typically 5 to 20 % (amount-based and estimated-hours methods)
 * @param fixedHours          the hours written in the contract (fixed method)
 * @param estimatedTotalHours the contract's estimated total hours (estimated-hours method)
 */
public record HoursTarget(TargetMethod method, @Nullable BigDecimal amountExclTax,
                          @Nullable BigDecimal labourSharePercent, @Nullable BigDecimal hourlyCost,
                          @Nullable BigDecimal ratePercent, @Nullable Integer fixedHours,
                          @Nullable Integer estimatedTotalHours) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public HoursTarget {
        if (method == null) {
            throw new InvalidTargetException("method", "A target has a method");
        }
        switch (method) {
            case AMOUNT_BASED -> {
                require(amountExclTax != null && amountExclTax.signum() >= 0, "amountExclTax",
                        "The amount excluding tax is zero or more");
                require(isPercent(labourSharePercent), "labourSharePercent", "The labour share is above 0 and at most 100 %");
                require(hourlyCost != null && hourlyCost.signum() > 0, "hourlyCost", "The hourly cost is above 0");
                require(isPercent(ratePercent), "ratePercent", "The insertion rate is above 0 and at most 100 %");
            }
            case FIXED_HOURS -> require(fixedHours != null && fixedHours >= 0, "fixedHours",
                    "The fixed hours are zero or more");
            case SHARE_OF_ESTIMATED_HOURS -> {
                require(estimatedTotalHours != null && estimatedTotalHours > 0, "estimatedTotalHours",
                        "The estimated total hours are above 0");
                require(isPercent(ratePercent), "ratePercent", "The insertion rate is above 0 and at most 100 %");
            }
        }
    }

    public static HoursTarget amountBased(BigDecimal amountExclTax, BigDecimal labourSharePercent,
                                          BigDecimal hourlyCost, BigDecimal ratePercent) {
        return new HoursTarget(TargetMethod.AMOUNT_BASED, amountExclTax, labourSharePercent, hourlyCost,
                ratePercent, null, null);
    }

    public static HoursTarget fixed(int hours) {
        return new HoursTarget(TargetMethod.FIXED_HOURS, null, null, null, null, hours, null);
    }

    public static HoursTarget shareOfEstimatedHours(int estimatedTotalHours, BigDecimal ratePercent) {
        return new HoursTarget(TargetMethod.SHARE_OF_ESTIMATED_HOURS, null, null, null, ratePercent, null,
                estimatedTotalHours);
    }

    /** The target in whole hours, half-hours rounded up. */
    public int hours() {
        BigDecimal exact = switch (method) {
            case AMOUNT_BASED -> amountExclTax.multiply(labourSharePercent)
                    .divide(HUNDRED, MathContext.DECIMAL64)
                    .divide(hourlyCost, MathContext.DECIMAL64)
                    .multiply(ratePercent)
                    .divide(HUNDRED, MathContext.DECIMAL64);
            case FIXED_HOURS -> BigDecimal.valueOf(fixedHours);
            case SHARE_OF_ESTIMATED_HOURS -> BigDecimal.valueOf(estimatedTotalHours).multiply(ratePercent)
                    .divide(HUNDRED, MathContext.DECIMAL64);
        };
        return exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * The hours of work these inputs estimate, in whole hours: amount × labour share ÷ hourly cost
     * (1,000,000 € × 50 % ÷ 30 €/h = 16,667 h), or the contract's estimated total hours; null for a fixed target,
     * which says nothing of them. The urban-renewal charter applies its own rate to them.
     */
    public @Nullable Integer estimatedWorkHours() {
        return switch (method) {
            case AMOUNT_BASED -> amountExclTax.multiply(labourSharePercent)
                    .divide(HUNDRED, MathContext.DECIMAL64)
                    .divide(hourlyCost, MathContext.DECIMAL64)
                    .setScale(0, RoundingMode.HALF_UP).intValueExact();
            case FIXED_HOURS -> null;
            case SHARE_OF_ESTIMATED_HOURS -> estimatedTotalHours;
        };
    }

    public static boolean isPercent(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0 && value.compareTo(HUNDRED) <= 0;
    }

    private static void require(boolean rule, String field, String message) {
        if (!rule) {
            throw new InvalidTargetException(field, message);
        }
    }
}
