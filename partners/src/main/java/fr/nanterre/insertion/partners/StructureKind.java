package fr.nanterre.insertion.partners;

/**
 * Kinds of partner structure: the national IAE reference (ACI … ESAT) plus the local actors of the policy and the
 * ordinary employers that hire on clauses. The enum name is the code stored and exchanged.
 */
public enum StructureKind {
    /** Atelier et chantier d'insertion. */
    ACI(true),
    /** Association intermédiaire. */
    AI(true),
    /** Entreprise d'insertion. */
    EI(true),
    /** Entreprise de travail temporaire d'insertion. */
    ETTI(true),
    /** Entreprise d'insertion par le travail indépendant. */
    EITI(true),
    /** Groupement d'employeurs pour l'insertion et la qualification. */
    GEIQ(false),
    /** Entreprise adaptée. */
    EA(false),
    /** Entreprise adaptée de travail temporaire. */
    EATT(false),
    /** Établissement et service d'aide par le travail. */
    ESAT(false),
    REGIE_DE_QUARTIER(false),
    /** Plan local pour l'insertion et l'emploi. */
    PLIE(false),
    /** Maison de l'emploi et de la formation. */
    MEF(false),
    /** An ordinary company that hires on clauses. */
    EMPLOYER(false);

    private final boolean siae;

    StructureKind(boolean siae) {
        this.siae = siae;
    }

    /** A structure of the insertion by economic activity (SIAE), the kinds a contract reserved to SIAE accepts. */
    public boolean isSiae() {
        return siae;
    }
}
