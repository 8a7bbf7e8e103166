package fr.nanterre.insertion.facilitation.pipeline;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** @param reference part of a participant's reference */
public record ReferralFilter(@Nullable UUID offerId, @Nullable ReferralStatus status, @Nullable String reference) {

    public static ReferralFilter of(JobOffer offer) {
        return new ReferralFilter(offer.id(), null, null);
    }
}
