package fr.nanterre.insertion.urbanrenewal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * The yearly charter report of a project, as ANRU and the charter's steering committee ask for it: each
 * operation's, owner's and category's hours in the year (of which Nanterre and QPV residents'), people and
 * contracts of employment, and the Nanterre residents' hours since the start against the charter target.
 */
public record CharterReport(Project project, int year, Line total, List<Line> owners, List<Line> categories,
                           List<Line> operations) {

    public CharterReport {
        owners = List.copyOf(owners);
        categories = List.copyOf(categories);
        operations = List.copyOf(operations);
    }

    /**
     * @param label          the operation's, owner's or category's name (the category's code), or the project's
     * @param ownerName      the operation's owner; null on other lines
     * @param inYear         what was worked in the year
     * @param sinceStart     the Nanterre residents' hours up to the end of the year
     * @param status         at the end of the year (or today, for the current year); null without a target
     */
    public record Line(String label, @Nullable String ownerName, int charterTarget, int clausesTarget,
                       Figures inYear, BigDecimal sinceStart, @Nullable ComplianceStatus status) {

        /** Nanterre residents' hours since the start ÷ the charter target, in percent; null without a target. */
        public @Nullable BigDecimal percentOfTarget() {
            return charterTarget == 0 ? null : sinceStart.multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(charterTarget), 1, RoundingMode.HALF_UP);
        }
    }
}
