package fr.nanterre.insertion.partners.audit;

/** What was done to a participant's file. */
public enum AuditAction {
    ENROLLED,
    FILE_OPENED,
    IDENTITY_CHANGED,
    CRITERION_RECORDED,
    CRITERION_REMOVED,
    PATHWAY_OPENED,
    PATHWAY_CHANGED,
    PATHWAY_EXITED,
    FILE_EXPORTED,
    /** The list of participants, with its filters, was exported to a spreadsheet. */
    LIST_EXPORTED,
    ANONYMISED,
    /** Another module read the identity through the participant registry. */
    IDENTITY_READ,
    /** Another module read the eligibility and its criteria through the participant registry. */
    ELIGIBILITY_READ,
    /** Another module read the sex, age band and residence for its statistics through the participant registry. */
    PROFILE_READ,
    /** Another module showed personal data it keeps of its own, such as the criteria met when a placement started. */
    KEPT_DATA_READ,
    /** Another module resolved a name and birth date (an employer's statement line) to this participant. */
    IDENTITY_MATCHED,
    /** Authentication events (SecurityAudit.Event): no participant. */
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOCKED_OUT,
    LOGGED_OUT,
    ACCESS_DENIED,
    /** A list or search screen showed identities: its filters (never the searched name) and the row count. */
    LIST_SHOWN
}
