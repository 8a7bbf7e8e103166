package fr.nanterre.insertion.facilitation.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A job an employer offers on a followed clause: the post, its hours and dates, and how many people it hires.
 * It takes referrals and hires while open, never more hires than positions.
 */
@Table(schema = "facilitation", name = "job_offer")
public record JobOffer(@Id UUID id, UUID clauseId, String contractReference, String employerSiret,
                       String employerName, String postTitle, BigDecimal hoursPerWeek, LocalDate startDate,
                       @Nullable LocalDate endDate, int positions, int hired, OfferState state, String searchKey,
                       String openedBy, Instant openedAt, @Version @Nullable Long version) {

    /**
     * @throws IllegalStateException    when the clause's contract is closed
     * @throws IllegalArgumentException when a value breaks its rule (see {@link OfferDetails})
     */
    static JobOffer open(FollowedClause clause, OfferDetails details, String facilitator, Instant now) {
        if (clause.closedOn() != null) {
            throw new IllegalStateException("The contract of clause " + clause.clauseId() + " is closed");
        }
        return of(UUID.randomUUID(), clause.contractReference(), details, 0, facilitator, now, null);
    }

    /**
     * @throws IllegalStateException    when the offer is closed
     * @throws IllegalArgumentException when a value breaks its rule, the clause changes, or fewer positions
     *                                  remain than people already hired
     */
    JobOffer edited(OfferDetails details) {
        checkOpen();
        if (!details.clauseId().equals(clauseId)) {
            throw new IllegalArgumentException("The clause of an offer does not change");
        }
        if (details.positions() < hired) {
            throw new IllegalArgumentException(hired + " people are already hired on this offer");
        }
        return of(id, contractReference, details, hired, openedBy, openedAt, version);
    }

    JobOffer closed() {
        checkOpen();
        return new JobOffer(id, clauseId, contractReference, employerSiret, employerName, postTitle, hoursPerWeek,
                startDate, endDate, positions, hired, OfferState.CLOSED, searchKey, openedBy, openedAt, version);
    }

    /** @throws IllegalStateException when the offer is closed or every position is filled */
    JobOffer withOneMoreHire() {
        checkOpen();
        if (!hasPositionLeft()) {
            throw new IllegalStateException("Every position of offer " + id + " is filled");
        }
        return new JobOffer(id, clauseId, contractReference, employerSiret, employerName, postTitle, hoursPerWeek,
                startDate, endDate, positions, hired + 1, state, searchKey, openedBy, openedAt, version);
    }

    void checkOpen() {
        if (state != OfferState.OPEN) {
            throw new IllegalStateException("Offer " + id + " is closed");
        }
    }

    public boolean isOpen() {
        return state == OfferState.OPEN;
    }

    public boolean hasPositionLeft() {
        return hired < positions;
    }

    public OfferDetails details() {
        return new OfferDetails(clauseId, employerSiret, employerName, postTitle, hoursPerWeek, startDate, endDate,
                positions);
    }

    private static JobOffer of(UUID id, String contractReference, OfferDetails details, int hired, String openedBy,
                               Instant openedAt, @Nullable Long version) {
        if (!OfferDetails.hoursPerWeekAllowed(details.hoursPerWeek())) {
            throw new IllegalArgumentException("Hours per week are above 0 and at most "
                    + OfferDetails.MAX_HOURS_PER_WEEK);
        }
        if (!OfferDetails.datesInOrder(details.startDate(), details.endDate())) {
            throw new IllegalArgumentException("An offer ends after it starts");
        }
        if (details.positions() < 1) {
            throw new IllegalArgumentException("An offer has at least one position");
        }
        if (details.employerName().isBlank() || details.postTitle().isBlank()) {
            throw new IllegalArgumentException("An offer names its employer and its post");
        }
        String siret = Siret.parse(details.employerSiret()).value();
        String employer = details.employerName().strip();
        String post = details.postTitle().strip();
        return new JobOffer(id, details.clauseId(), contractReference, siret, employer, post,
                details.hoursPerWeek(), details.startDate(), details.endDate(), details.positions(), hired,
                OfferState.OPEN, SearchKey.of(String.join(" ", post, employer, siret, contractReference)),
                openedBy, openedAt, version);
    }
}
