package fr.nanterre.insertion.partners.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. The detail names codes and ids, never a participant's identity.
 *
 * @param participantReference the participant's pseudonymous reference, as administrators may see it
 */
public record AuditEntry(long id, Instant at, String username, AuditAction action, @Nullable UUID participantId,
                         @Nullable String participantReference, String detail) {
}
