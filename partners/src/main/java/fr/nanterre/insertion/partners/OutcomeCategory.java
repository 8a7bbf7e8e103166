package fr.nanterre.insertion.partners;

/** The categories of exit outcome that the policy's indicators count (DESIGN.md §2, "Exit outcomes"). */
public enum OutcomeCategory {
    /** CDI, CDD or temporary work of 6 months or more, business creation. */
    DURABLE_JOB,
    /** CDD or temporary work under 6 months, subsidised contract. */
    TRANSITION_JOB,
    /** Qualifying training, hire by an SIAE. */
    POSITIVE_EXIT,
    OTHER
}
