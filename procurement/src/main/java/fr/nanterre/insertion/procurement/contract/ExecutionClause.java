package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.util.UUID;

import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.clause.TargetMethod;
import org.jspecify.annotations.Nullable;

/**
 * An execution clause (L2112-2): the insertion hours the awardee commits to, how the target was computed, and
 * the penalty per missing hour stated in the contract. Facilitation refers to it by {@link #id()}.
 */
public record ExecutionClause(UUID id, TargetMethod method, @Nullable BigDecimal amountExclTax,
                              @Nullable BigDecimal labourSharePercent, @Nullable BigDecimal hourlyCost,
                              @Nullable BigDecimal ratePercent, @Nullable Integer fixedHours,
                              @Nullable Integer estimatedTotalHours, int targetHours, BigDecimal penaltyPerHour,
                              @Nullable String tradeCode) {

    static ExecutionClause of(UUID id, HoursTarget target, BigDecimal penaltyPerHour, @Nullable String tradeCode) {
        if (penaltyPerHour == null || penaltyPerHour.signum() < 0) {
            throw new IllegalArgumentException("The penalty per missing hour is zero or more");
        }
        return new ExecutionClause(id, target.method(), target.amountExclTax(), target.labourSharePercent(),
                target.hourlyCost(), target.ratePercent(), target.fixedHours(), target.estimatedTotalHours(),
                target.hours(), penaltyPerHour, tradeCode);
    }

    public HoursTarget target() {
        return new HoursTarget(method, amountExclTax, labourSharePercent, hourlyCost, ratePercent, fixedHours,
                estimatedTotalHours);
    }
}
