package fr.nanterre.insertion.facilitation.ledger;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A facilitator rejected a statement, with the reason: the portal tells the employer's accounts by e-mail.
 *
 * @param employerSiret null for a statement imported before the sender was kept
 */
public record StatementRejected(UUID statementId, @Nullable String employerSiret, String fileName, String reason) {
}
