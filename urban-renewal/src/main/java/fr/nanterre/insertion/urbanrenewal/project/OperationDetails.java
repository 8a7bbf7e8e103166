package fr.nanterre.insertion.urbanrenewal.project;

import java.time.LocalDate;

/** What a user enters about an operation, before it is checked. */
public record OperationDetails(String name, OwnerKind ownerKind, String ownerName, OperationCategory category,
                               LocalDate startDate, LocalDate endDate) {
}
