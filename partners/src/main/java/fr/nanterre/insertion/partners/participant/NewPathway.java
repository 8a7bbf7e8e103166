package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A pathway as a user opens it: the entry date, and the structure that follows the participant, if any. */
public record NewPathway(LocalDate entryDate, @Nullable StructureChoice structure) {
}
