package fr.nanterre.insertion.app.dashboard;

import java.math.BigDecimal;
import java.util.List;

import fr.nanterre.insertion.facilitation.WorkFigures;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.procurement.ProcurementFigures;
import fr.nanterre.insertion.urbanrenewal.CharterLine;

/**
 * The four pillars' figures over one period, as each module published them.
 *
 * @param charter      each project's line and its owners' lines, in the period's last calendar year
 * @param charterHours pillar 3's hours: those counted on the clauses of the charter's operations in the calendar
 *                     years of the period
 */
public record Pillars(PartnerFigures partners, ProcurementFigures procurement, List<CharterLine> charter,
                      BigDecimal charterHours, WorkFigures work) {

    public Pillars {
        charter = List.copyOf(charter);
    }

    /** Pillar 2's hours: the clause hours counted by the MEF that no charter operation claims. */
    public BigDecimal procurementOnlyHours() {
        BigDecimal rest = work.hours().subtract(charterHours());
        return rest.signum() < 0 ? BigDecimal.ZERO : rest;
    }
}
