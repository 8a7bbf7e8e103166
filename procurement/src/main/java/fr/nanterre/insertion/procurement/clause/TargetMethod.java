package fr.nanterre.insertion.procurement.clause;

/** How an execution clause's insertion-hours target is set (DESIGN.md §2). */
public enum TargetMethod {
    /** Amount excl. tax × labour share ÷ loaded hourly cost × insertion rate. */
    AMOUNT_BASED,
    /** A number of hours written in the contract. */
    FIXED_HOURS,
    /** The insertion rate applied to the contract's estimated total hours. */
    SHARE_OF_ESTIMATED_HOURS
}
