package fr.nanterre.insertion.procurement.clause;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.procurement.Modality;
import org.jspecify.annotations.Nullable;

/** What facilitation last reported of a clause: validated hours, people, hours per modality. */
public record ClauseProgress(UUID clauseId, @Nullable Instant countedAt, BigDecimal realisedHours, int people,
                             Map<Modality, BigDecimal> hoursByModality) {

    public static ClauseProgress none(UUID clauseId) {
        return new ClauseProgress(clauseId, null, BigDecimal.ZERO, 0, Map.of());
    }
}
