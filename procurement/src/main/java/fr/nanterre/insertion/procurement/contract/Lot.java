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

    /** A new lot as the user describes it: no awardee yet, no execution clause, nothing announced. */
    public static Lot planned(LotDetails details) {
        return new Lot(UUID.randomUUID(), details.number(), details.title().strip(), details.amountExclTax(), null,
                null, null, details.reservation(), details.insertionContract(), null, criterion(details), false,
                false);
    }

    /** The lot described anew by the user: it keeps its id, its awardee, its clause and what was announced. */
    Lot changed(LotDetails details) {
        return new Lot(id, details.number(), details.title().strip(), details.amountExclTax(), awardeeSiret,
                awardeeName, awardeeStructureId, details.reservation(), details.insertionContract(), clause,
                criterion(details), clauseAnnounced, criterionAnnounced);
    }

    /**
     * The lot awarded to a company: by SIRET, linked to its record in partners when it is a registered structure;
     * a foreign one has no SIRET, only a name. The reservation is not checked here ({@link ContractRegister} does).
     */
    public Lot awardedTo(@Nullable String siret, @Nullable String name, @Nullable UUID structureId) {
        return new Lot(id, number, title, amountExclTax, siret, name, structureId, reservation, insertionContract,
                clause, criterion, clauseAnnounced, criterionAnnounced);
    }

    /** The lot with the social considerations the open data announce without their terms. */
    public Lot announcing(boolean clause, boolean criterion) {
        return new Lot(id, number, title, amountExclTax, awardeeSiret, awardeeName, awardeeStructureId, reservation,
                insertionContract, this.clause, this.criterion, clause, criterion);
    }

    /** What a user enters about the lot: the reverse of {@link #changed}. */
    public LotDetails details() {
        return new LotDetails(number, title, amountExclTax, reservation, insertionContract,
                criterion == null ? null : criterion.weightPercent(), criterion == null ? null : criterion.commitment());
    }

    /** What a newer version of the DECP file says of the lot; the lot keeps its id, clause, criterion and flags. */
    Lot republished(Lot read) {
        return new Lot(id, number, read.title(), read.amountExclTax(), read.awardeeSiret(), read.awardeeName(),
                read.awardeeStructureId(), read.reservation(), insertionContract, clause, criterion,
                read.clauseAnnounced(), read.criterionAnnounced());
    }

    Lot withClause(ExecutionClause newClause) {
        return new Lot(id, number, title, amountExclTax, awardeeSiret, awardeeName, awardeeStructureId, reservation,
                insertionContract, newClause, criterion, clauseAnnounced, criterionAnnounced);
    }

    private static @Nullable AwardCriterion criterion(LotDetails details) {
        return details.criterionWeightPercent() == null ? null
                : new AwardCriterion(details.criterionWeightPercent(), details.criterionCommitment());
    }
}
