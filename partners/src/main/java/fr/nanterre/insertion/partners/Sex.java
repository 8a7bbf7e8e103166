package fr.nanterre.insertion.partners;

/** A participant's sex as recorded for the statistics of the policy. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER_OR_UNKNOWN
}
