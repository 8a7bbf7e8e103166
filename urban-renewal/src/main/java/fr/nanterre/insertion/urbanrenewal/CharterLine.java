package fr.nanterre.insertion.urbanrenewal;

import java.math.BigDecimal;
import java.util.UUID;

import fr.nanterre.insertion.procurement.ComplianceStatus;
import org.jspecify.annotations.Nullable;

/**
 * A project's, or one of its owners', charter progress in a year (see {@link CharterIndicators}).
 *
 * @param owner         null on the project's own line
 * @param charterTarget the charter's reserved hours
 * @param hours         every hour counted in the year on the clauses of the operations
 * @param nanterreHours of which Nanterre residents' (what the charter counts)
 * @param qpvHours      of which QPV residents'
 * @param people        people who worked them in the year, each once
 * @param sinceStart    Nanterre residents' hours up to the year's end
 * @param status        null without a target
 */
public record CharterLine(UUID projectId, String project, @Nullable String owner, int charterTarget, BigDecimal hours,
                          BigDecimal nanterreHours, BigDecimal qpvHours, long people, BigDecimal sinceStart,
                          @Nullable ComplianceStatus status) {
}
