package fr.nanterre.insertion.partners.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A criterion recorded for a participant: which proof was checked, on which date, and until when it is valid.
 *
 * @param proofChecked what document was checked; erased when the participant is anonymised
 */
@Table(schema = "partners", name = "participant_criterion")
public record RecordedCriterion(UUID id, String criterionCode, @Nullable String proofChecked, LocalDate proofDate,
                                LocalDate validUntil, String recordedBy, Instant recordedAt) {

    /** Valid from the day the proof was checked to its last day of validity, both included. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(proofDate) && !date.isAfter(validUntil);
    }

    RecordedCriterion withoutProofText() {
        return new RecordedCriterion(id, criterionCode, null, proofDate, validUntil, recordedBy, recordedAt);
    }
}
