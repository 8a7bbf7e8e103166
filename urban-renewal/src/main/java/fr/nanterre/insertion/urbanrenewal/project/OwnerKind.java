package fr.nanterre.insertion.urbanrenewal.project;

/** Who commissions an operation (maître d'ouvrage). */
public enum OwnerKind {
    CITY,
    SOCIAL_LANDLORD,
    /** The developer of the project (aménageur). */
    DEVELOPER,
    /** Another buyer: the département, a transport company… */
    OTHER
}
