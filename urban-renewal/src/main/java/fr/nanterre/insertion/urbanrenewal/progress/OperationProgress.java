package fr.nanterre.insertion.urbanrenewal.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;

/**
 * One operation against the charter.
 *
 * @param ratePercent          the rate that applies (its own, its category's or its project's)
 * @param workHours            the estimated hours of work of its linked lots
 * @param lotsWithoutWorkHours linked lots whose hours of work are not known: their clause gives no calculator
 *                             inputs and none were entered by hand
 */
public record OperationProgress(UUID operationId, String name, OwnerKind ownerKind, String ownerName,
                                OperationCategory category, LocalDate startDate, LocalDate endDate,
                                BigDecimal ratePercent, long workHours, int lots, int lotsWithoutWorkHours,
                                Standing standing) {

    /** The clauses do not cover the charter and the works have not started: it can still be fixed. */
    public boolean fixableGap(LocalDate today) {
        return !standing.covered() && today.isBefore(startDate);
    }
}
