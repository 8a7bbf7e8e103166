package fr.nanterre.insertion.urbanrenewal.project;

/** What an operation is, which sets the charter rate it follows by default. */
public enum OperationCategory {
    /** Works (investment): the project's rate, 5 % or more. */
    WORKS,
    /** Local management contracts (gestion urbaine de proximité, GUP): 10 % by default. */
    LOCAL_MANAGEMENT,
    /** Engineering, studies and project management: the project's rate. */
    ENGINEERING
}
