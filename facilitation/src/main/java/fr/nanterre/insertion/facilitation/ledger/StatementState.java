package fr.nanterre.insertion.facilitation.ledger;

/** Received → checked → validated by a facilitator; only validated hours count. A wrong one is rejected. */
public enum StatementState { RECEIVED, CHECKED, VALIDATED, REJECTED }
