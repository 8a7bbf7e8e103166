package fr.nanterre.insertion.urbanrenewal.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What urban renewal knows of a linked lot, as procurement said it: through its API when the lot was linked,
 * then through {@code ContractAwarded} and {@code ContractClosed}.
 *
 * @param estimatedWorkHours the hours of work the lot's clause's calculator inputs estimate; null when they say
 *                           nothing of them (no clause, or a fixed target)
 */
@Table(schema = "urban_renewal", name = "procured_lot")
public record ProcuredLotCopy(@Id UUID lotId, UUID contractId, String contractReference, String buyer, int lotNumber,
                              String lotTitle, BigDecimal amountExclTax, @Nullable UUID clauseId,
                              int clauseTargetHours, @Nullable Integer estimatedWorkHours,
                              @Nullable LocalDate notifiedOn, int durationMonths, @Nullable LocalDate closedOn) {

    /** "VN-TRX-014 — lot 1 Gros œuvre" */
    public String label() {
        return contractReference + " — lot " + lotNumber + " " + lotTitle;
    }
}
