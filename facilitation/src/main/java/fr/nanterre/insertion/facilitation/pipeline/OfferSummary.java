package fr.nanterre.insertion.facilitation.pipeline;

import java.util.Map;

/** An offer with how many of its referrals stand at each status. */
public record OfferSummary(JobOffer offer, Map<ReferralStatus, Long> referrals) {

    public long count(ReferralStatus status) {
        return referrals.getOrDefault(status, 0L);
    }
}
