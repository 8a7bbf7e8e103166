package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the policy's statistics need of a participant on a day, and nothing that identifies them: sex, age band
 * and residence. A module that must report it as it was (a placement that starts, say) keeps this record, like
 * the {@link EligibilitySnapshot}.
 */
public record ParticipantProfile(UUID participantId, LocalDate date, Sex sex, AgeBand ageBand, Residence residence) {
}
