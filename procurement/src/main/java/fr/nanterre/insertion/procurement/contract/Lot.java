package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A lot of a contract, with its awardee and its social considerations: an execution clause, a social award
 * criterion, a reservation to SIAE or to EA/ESAT, an insertion and qualification contract (R2123-1), or
 * several of these.
 *
 * @param awardeeStructureId the awardee's record in partners, when it is a registered structure
 * @param clauseAnnounced    an execution clause is announced (as the DECP open data say) but its target is not
 *                           known here until {@link #clause()} is set
 * @param criterionAnnounced a social award criterion is announced (as the DECP open data say) but its weight is
 *                           not known here until {@link #criterion()} is set
 */
@Table(schema = "procurement", name = "lot")
public record Lot(UUID id, int number, String title, BigDecimal amountExclTax, @Nullable String awardeeSiret,
                  @Nullable String awardeeName, @Nullable UUID awardeeStructureId, Reservation reservation,
                  boolean insertionContract,
                  @Embedded.Nullable(prefix = "clause_") @Nullable ExecutionClause clause,
                  @Embedded.Nullable(prefix = "criterion_") @Nullable AwardCriterion criterion,
                  boolean clauseAnnounced, boolean criterionAnnounced) {

    public Lot {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A lot has a title");
        }
        if (number < 1) {
            throw new IllegalArgumentException("Lots are numbered from 1");
        }
        if (amountExclTax == null || amountExclTax.signum() < 0) {
            throw new IllegalArgumentException("A lot's amount is zero or more");
        }
    }

    public boolean hasSocialConsideration() {
        return clause != null || criterion != null || reservation != Reservation.NONE || insertionContract
                || clauseAnnounced || criterionAnnounced;
    }

    Lot withClause(@Nullable ExecutionClause newClause) {
        return new Lot(id, number, title, amountExclTax, awardeeSiret, awardeeName, awardeeStructureId, reservation,
                insertionContract, newClause, criterion, clauseAnnounced, criterionAnnounced);
    }

    Lot awardedTo(String siret, String name, @Nullable UUID structureId) {
        return new Lot(id, number, title, amountExclTax, siret, name, structureId, reservation, insertionContract,
                clause, criterion, clauseAnnounced, criterionAnnounced);
    }
}
