package fr.nanterre.insertion.facilitation.placement;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A criterion met when the placement started, as partners answered it then. */
@Table(schema = "facilitation", name = "placement_criterion")
public record PlacementCriterion(String code, int level, LocalDate proofDate, LocalDate validUntil) {
}
