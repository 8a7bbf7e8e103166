package fr.nanterre.insertion.facilitation.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.procurement.Modality;
import org.jspecify.annotations.Nullable;

/**
 * What a facilitator enters to place a participant.
 *
 * @param shares                 the clauses the hours count on, summing to 100 % (one clause at 100 % usually)
 * @param exceptionJustification why a participant who is not eligible on the start date is placed all the same
 */
public record NewPlacement(String participantReference, String employerSiret, String employerName,
                           Modality modality, @Nullable ContractType contractType, LocalDate startDate,
                           @Nullable LocalDate endDate, List<ClauseShare> shares,
                           @Nullable String exceptionJustification) {
}
