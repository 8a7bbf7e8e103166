package fr.nanterre.insertion.procurement;

/**
 * The ways a clause is fulfilled (DESIGN.md §2). Each one's counting coefficient is a setting, 1.0 by default.
 */
public enum Modality {
    /** Hired by the awardee: CDI, CDD, contrat de chantier, professionnalisation, apprentissage. */
    DIRECT_HIRE,
    /** Staff provided by an ETTI, an AI or a GEIQ. */
    PROVISION,
    /** Subcontracting or co-contracting with an SIAE (EI, ACI). */
    SIAE_SUBCONTRACTING,
    /** For a lot reserved to SIAE: the SIAE's own workforce. */
    SIAE_OWN_WORKFORCE
}
