package fr.nanterre.insertion.partners.participant;

/** Who referred the participant to the policy. */
public enum ReferringOrganisation {
    /** Plan local pour l'insertion et l'emploi. */
    PLIE,
    MISSION_LOCALE,
    FRANCE_TRAVAIL,
    CAP_EMPLOI,
    SIAE,
    /** The Département, for RSA recipients. */
    DEPARTEMENT,
    /** Centre communal d'action sociale. */
    CCAS,
    OTHER
}
