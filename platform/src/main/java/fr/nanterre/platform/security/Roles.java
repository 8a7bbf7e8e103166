package fr.nanterre.platform.security;

/**
 * The roles of DESIGN.md §4, as Spring Security authorities without their {@code ROLE_} prefix. Views declare
 * them with {@code @RolesAllowed}; services with {@code @PreAuthorize("hasAnyRole(…)")}, so that method security
 * proxies the services and never the Vaadin views (see docs/decisions).
 */
public final class Roles {

    /** Everything, including the audit log and the users. */
    public static final String ADMIN = "ADMIN";
    /** Direction emploi-insertion: structures, support, participants (pillar 1). */
    public static final String PARTNERS = "PARTNERS";
    /** Direction de la commande publique: contracts and clauses (pillar 2). */
    public static final String PROCUREMENT = "PROCUREMENT";
    /** Direction de la rénovation urbaine: the charter of the PRUS (pillar 3). */
    public static final String URBAN_RENEWAL = "URBAN_RENEWAL";
    /** The MEF's clause facilitators (pillar 4). */
    public static final String FACILITATOR = "FACILITATOR";
    /** Read-only dashboards: elected officials, management. */
    public static final String VIEWER = "VIEWER";
    /**
     * The companies' portal: an awardee or employer, tied to its SIRETs, that sees only its own clauses, placements
     * and statements, and enters its monthly hours.
     */
    public static final String COMPANY = "COMPANY";

    public static final String[] ALL = {ADMIN, PARTNERS, PROCUREMENT, URBAN_RENEWAL, FACILITATOR, VIEWER, COMPANY};

    private Roles() {
    }
}
