package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's identity was erased (on request, or when the retention period ran out). Published in the
 * transaction that erased it; every module that keeps something about the person removes what identifies them and
 * keeps what statistics count (docs/decisions/0026).
 */
public record ParticipantAnonymised(UUID participantId, LocalDate on) {
}
