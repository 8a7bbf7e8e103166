package fr.nanterre.insertion.facilitation.pipeline;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** @param reference part of a participant's reference */
public record ReferralFilter(@Nullable UUID offerId, @Nullable ReferralStatus status, @Nullable String reference) {

    /** The filter as the audit log keeps it: whether a reference was searched, never the reference. */
    public String auditDetail() {
        return "offer=" + (offerId == null ? "all" : offerId) + "; status=" + (status == null ? "all" : status.name())
                + "; search=" + (reference != null && !reference.isBlank() ? "yes" : "no");
    }

    public static ReferralFilter of(JobOffer offer) {
        return new ReferralFilter(offer.id(), null, null);
    }
}
