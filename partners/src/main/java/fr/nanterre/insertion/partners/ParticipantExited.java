package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.util.UUID;

/** A participant left a pathway, with the category of its outcome. Published in the transaction that saved it. */
public record ParticipantExited(UUID participantId, UUID pathwayId, LocalDate exitDate,
                                OutcomeCategory outcomeCategory) {
}
