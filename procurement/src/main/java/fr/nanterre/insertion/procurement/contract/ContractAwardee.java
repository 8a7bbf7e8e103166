package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company named on a contract as the DECP file publishes it: the holder of a lot, a co-contractor of its group, or
 * a declared subcontractor; linked to its structure in partners when our register knows it.
 *
 * @param idType  {@code typeIdentifiant}: SIRET, TVA, HORS-UE…
 * @param amountExclTax a subcontract's amount, when the file gives it
 * @param toCheck the message key of what our register cannot confirm about this awardee (a reserved contract
 *                awarded to a company that is not a registered SIAE or EA/ESAT, a company known by a VAT number…),
 *                null when nothing is to check
 */
@Table(schema = "procurement", name = "contract_awardee")
public record ContractAwardee(int lotNumber, Role role, String idType, String identifier, @Nullable String name,
                              @Nullable UUID structureId, @Nullable BigDecimal amountExclTax,
                              @Nullable String toCheck) {

    public enum Role {
        HOLDER, CO_CONTRACTOR, SUBCONTRACTOR
    }

    public ContractAwardee {
        if (lotNumber < 1 || role == null || idType == null || idType.isBlank() || identifier == null
                || identifier.isBlank()) {
            throw new IllegalArgumentException("An awardee has a lot, a role and an identifier");
        }
    }

    /** What the screens show: the name, or the identifier with its type when the file gives no name. */
    public String label() {
        return name != null && !name.isBlank() ? name : idType + " " + identifier;
    }
}
