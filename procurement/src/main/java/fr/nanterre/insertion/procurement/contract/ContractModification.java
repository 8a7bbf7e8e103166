package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A modification of a contract after its notification (an amendment), as the DECP file publishes it: the new amount,
 * the new duration, or both. The contract keeps its initial amount and duration; its modifications are its history.
 */
@Table(schema = "procurement", name = "contract_modification")
public record ContractModification(@Nullable String decpId, @Nullable LocalDate notifiedOn,
                                   @Nullable LocalDate publishedOn, @Nullable BigDecimal amountExclTax,
                                   @Nullable Integer durationMonths) {

    public ContractModification {
        if (amountExclTax != null && amountExclTax.signum() < 0) {
            throw new IllegalArgumentException("A modified amount is zero or more");
        }
        if (durationMonths != null && durationMonths < 1) {
            throw new IllegalArgumentException("A modified duration is at least one month");
        }
    }
}
