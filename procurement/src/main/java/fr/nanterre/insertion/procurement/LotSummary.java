package fr.nanterre.insertion.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A lot as other modules see it: its contract, its execution clause's target, and the hours of work the
 * clause's calculator inputs estimate.
 *
 * @param clauseId           null when the lot has no execution clause
 * @param estimatedWorkHours amount × labour share ÷ hourly cost (or the estimated total hours) of its clause; null
 *                           when the lot has no clause, or one with a fixed target
 * @param notifiedOn         null while the contract is planned
 */
public record LotSummary(UUID lotId, UUID contractId, String contractReference, String contractObject, String buyer,
                         int number, String title, BigDecimal amountExclTax, @Nullable UUID clauseId,
                         int clauseTargetHours, @Nullable Integer estimatedWorkHours, @Nullable LocalDate notifiedOn,
                         int durationMonths, @Nullable LocalDate closedOn) {

    /** "VN-TRX-014 — lot 1 Gros œuvre" */
    public String label() {
        return contractReference + " — lot " + number + " " + title;
    }
}
