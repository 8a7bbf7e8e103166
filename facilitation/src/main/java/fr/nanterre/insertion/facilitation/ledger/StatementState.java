package fr.nanterre.insertion.facilitation.ledger;

/** A monthly statement is received, then checked, then validated by a facilitator; only then do its hours count. */
public enum StatementState {
    RECEIVED, CHECKED, VALIDATED
}
