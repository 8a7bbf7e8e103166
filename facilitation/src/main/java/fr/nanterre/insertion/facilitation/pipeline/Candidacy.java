package fr.nanterre.insertion.facilitation.pipeline;

/** A referral with the offer it is on, for the list across offers. */
public record Candidacy(Referral referral, JobOffer offer) {
}
