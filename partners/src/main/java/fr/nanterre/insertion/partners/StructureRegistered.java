package fr.nanterre.insertion.partners;

import java.util.UUID;

/** A partner structure was registered. Published in the transaction that saved it. */
public record StructureRegistered(UUID structureId, String name, StructureKind kind, String siret) {
}
