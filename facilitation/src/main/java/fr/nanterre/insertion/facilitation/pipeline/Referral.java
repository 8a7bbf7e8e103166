package fr.nanterre.insertion.facilitation.pipeline;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant referred to a job offer, and how far they went: when and by whom they were referred,
 * interviewed, then hired (the placement made) or not retained (and why).
 */
@Table(schema = "facilitation", name = "referral")
public record Referral(@Id UUID id, UUID offerId, UUID participantId, String participantReference,
                       ReferralStatus status, LocalDate referredOn, String referredBy,
                       @Nullable LocalDate interviewOn, @Nullable String interviewBy,
                       @Nullable LocalDate decidedOn, @Nullable String decidedBy, @Nullable String reason,
                       @Nullable UUID placementId, @Version @Nullable Long version) {

    static Referral referred(UUID offerId, UUID participantId, String reference, String facilitator,
                             LocalDate today) {
        return new Referral(UUID.randomUUID(), offerId, participantId, reference, ReferralStatus.REFERRED, today,
                facilitator, null, null, null, null, null, null, null);
    }

    /** @throws IllegalStateException unless the referral is at the referred step */
    Referral interviewed(String facilitator, LocalDate today) {
        status.checkMoveTo(ReferralStatus.INTERVIEW);
        return new Referral(id, offerId, participantId, participantReference, ReferralStatus.INTERVIEW, referredOn,
                referredBy, today, facilitator, null, null, null, null, version);
    }

    /** @throws IllegalStateException unless the referral is at the interview step */
    Referral hired(UUID placement, String facilitator, LocalDate today) {
        status.checkMoveTo(ReferralStatus.HIRED);
        return new Referral(id, offerId, participantId, participantReference, ReferralStatus.HIRED, referredOn,
                referredBy, interviewOn, interviewBy, today, facilitator, null, placement, version);
    }

    /**
     * @throws IllegalArgumentException when the reason is blank
     * @throws IllegalStateException    when the referral is already hired or not retained
     */
    Referral notRetained(String why, String facilitator, LocalDate today) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("Not retaining a candidate needs a reason");
        }
        status.checkMoveTo(ReferralStatus.NOT_RETAINED);
        return new Referral(id, offerId, participantId, participantReference, ReferralStatus.NOT_RETAINED,
                referredOn, referredBy, interviewOn, interviewBy, today, facilitator, why.strip(), null, version);
    }
}
