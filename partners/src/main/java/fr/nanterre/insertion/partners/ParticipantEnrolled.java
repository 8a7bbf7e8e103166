package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.util.UUID;

/** A person was enrolled as a participant. Carries the pseudonymous reference only, never the identity. */
public record ParticipantEnrolled(UUID participantId, String reference, LocalDate enrolledOn) {
}
