package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Whether a participant was eligible on a date, and the criteria that were met then. A module that must keep its
 * decision auditable (a placement that starts, say) stores this record as it was answered.
 *
 * @param criteria the criteria whose proof was valid on the date, level 1 first
 */
public record EligibilitySnapshot(UUID participantId, LocalDate date, boolean eligible, List<MetCriterion> criteria) {

    public EligibilitySnapshot {
        criteria = List.copyOf(criteria);
    }

    /**
     * @param code       the criterion's code, such as {@code RSA} or {@code RQTH}
     * @param level      1 or 2
     * @param validUntil the last day on which the proof is valid
     */
    public record MetCriterion(String code, int level, LocalDate proofDate, LocalDate validUntil) {
    }
}
