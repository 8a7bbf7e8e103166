package fr.nanterre.insertion.facilitation.placement;

import java.time.LocalDate;
import java.util.List;

import fr.nanterre.insertion.procurement.Modality;
import org.jspecify.annotations.Nullable;

/**
 * What a facilitator may change on a running placement. The participant and the start date stay: the
 * eligibility decision was taken on that date.
 *
 * @param shares the clauses the hours count on, summing to 100 %
 */
public record PlacementChange(String employerSiret, String employerName, Modality modality,
                              @Nullable ContractType contractType, @Nullable LocalDate endDate,
                              List<ClauseShare> shares) {
}
