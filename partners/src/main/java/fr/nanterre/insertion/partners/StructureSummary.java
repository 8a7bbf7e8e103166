package fr.nanterre.insertion.partners;

import java.util.UUID;

/** A partner structure as other modules see it. */
public record StructureSummary(UUID id, String name, StructureKind kind, Siret siret, boolean activeToday) {
}
