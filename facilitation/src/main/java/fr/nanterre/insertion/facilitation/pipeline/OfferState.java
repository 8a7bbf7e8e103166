package fr.nanterre.insertion.facilitation.pipeline;

/** An offer takes referrals and hires while open; once closed it stays closed. */
public enum OfferState {
    OPEN, CLOSED
}
