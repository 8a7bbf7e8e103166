package fr.nanterre.insertion.partners.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log as administrators read it: never a participant's identity (issue 13). The participant
 * shows as an opaque pseudonym, and a reference that a detail may hold (an old enrolment line) is masked.
 *
 * @param participant "#" and the first 8 hexadecimal digits of the MD5 of the participant's id: the same for every
 *                    line about one person, so that an administrator sees who read one file how often, without
 *                    learning whose file it is
 */
public record AuditEntry(long id, Instant at, String username, AuditAction action, @Nullable UUID participantId,
                         @Nullable String participant, String detail) {
}
