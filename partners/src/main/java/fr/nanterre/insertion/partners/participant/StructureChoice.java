package fr.nanterre.insertion.partners.participant;

import java.util.UUID;

/** A partner structure, as a pathway names it. */
public record StructureChoice(UUID id, String name) {
}
