package fr.nanterre.insertion.partners.structure;

import fr.nanterre.insertion.partners.StructureKind;

/** What a user enters to register a structure, before it is checked. */
public record NewStructure(String name, StructureKind kind, String siret) {
}
