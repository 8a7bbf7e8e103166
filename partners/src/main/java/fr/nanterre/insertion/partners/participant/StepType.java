package fr.nanterre.insertion.partners.participant;

/** What a participant does during a step of a pathway. */
public enum StepType {
    TRAINING,
    /** Work on a contract's insertion clause. */
    CLAUSE_WORK,
    /** An insertion contract with an SIAE. */
    SIAE_CONTRACT,
    JOB,
    OTHER
}
