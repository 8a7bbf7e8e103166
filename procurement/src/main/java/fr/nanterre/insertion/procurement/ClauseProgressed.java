package fr.nanterre.insertion.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The hours validated so far on an execution clause, as the facilitators' ledger counts them (coefficients
 * applied). Procurement owns this type so that facilitation, downstream, can publish it without a cycle.
 *
 * @param realisedHours all validated hours counted on the clause since it started
 * @param people        how many different people worked them
 */
public record ClauseProgressed(UUID clauseId, LocalDate asOf, BigDecimal realisedHours, int people,
                               Map<Modality, BigDecimal> hoursByModality) {

    public ClauseProgressed {
        hoursByModality = Map.copyOf(hoursByModality);
    }
}
