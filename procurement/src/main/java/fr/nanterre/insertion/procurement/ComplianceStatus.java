package fr.nanterre.insertion.procurement;

/** Where an execution clause stands against its target (DESIGN.md §2). */
public enum ComplianceStatus {
    /** No hour yet, and the contract's execution has not begun. */
    NOT_STARTED,
    /** At least the target × the elapsed share of the contract's duration. */
    ON_TRACK,
    /** Less than the target × the elapsed share of the contract's duration. */
    BEHIND,
    /** The target is reached. */
    ACHIEVED,
    /** The contract was closed under 100 % of the target. */
    FAILED
}
