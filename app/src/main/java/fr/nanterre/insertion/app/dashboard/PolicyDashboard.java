package fr.nanterre.insertion.app.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.nanterre.insertion.facilitation.FacilitationIndicators;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.insertion.procurement.FullTimeEquivalents;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterLine;
import fr.nanterre.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Assembles the policy dashboard from the four modules' indicators APIs; it reads no table itself. Administrators
 * and viewers only; the small counts of people are hidden from viewers by the screens and reports.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
public class PolicyDashboard {

    private final PartnerIndicators partners;
    private final ProcurementIndicators procurement;
    private final CharterIndicators charter;
    private final FacilitationIndicators facilitation;
    private final FullTimeEquivalents fullTimeEquivalents;

    PolicyDashboard(PartnerIndicators partners, ProcurementIndicators procurement, CharterIndicators charter,
                    FacilitationIndicators facilitation, FullTimeEquivalents fullTimeEquivalents) {
        this.partners = partners;
        this.procurement = procurement;
        this.charter = charter;
        this.facilitation = facilitation;
        this.fullTimeEquivalents = fullTimeEquivalents;
    }

    /**
     * The period from {@code from} to {@code to} (both included), the same period a year earlier, and the work
     * since January 1st of {@code sinceYear} to {@code to}.
     */
    public PolicyFigures figures(LocalDate from, LocalDate to, int sinceYear) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        Pillars current = pillars(from, to);
        Pillars previous = pillars(from.minusYears(1), to.minusYears(1));
        return new PolicyFigures(from, to, current, previous, fullTimeEquivalents.hoursPerEtp(), sinceYear,
                facilitation.between(LocalDate.of(sinceYear, 1, 1), to));
    }

    private Pillars pillars(LocalDate from, LocalDate to) {
        List<CharterLine> lines = List.of();
        BigDecimal charterHours = BigDecimal.ZERO;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            lines = charter.progress(year);
            charterHours = charterHours.add(lines.stream().filter(line -> line.owner() == null)
                    .map(CharterLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return new Pillars(partners.between(from, to), procurement.between(from, to), lines, charterHours,
                facilitation.between(from, to));
    }
}
