package fr.nanterre.insertion.facilitation.ledger;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A monthly statement of hours an employer sent, as imported. */
@Table(schema = "facilitation", name = "statement")
public record Statement(@Id UUID id, String fileName, Instant receivedAt, String receivedBy, StatementState state,
                        @Nullable String checkedBy, @Nullable Instant checkedAt, @Nullable String validatedBy,
                        @Nullable Instant validatedAt, @Nullable String rejectedBy, @Nullable Instant rejectedAt,
                        @Nullable String rejectionReason, int lines, StatementOrigin origin,
                        @Nullable String employerSiret, @Version @Nullable Long version) {

    static Statement received(String fileName, int lines, String by, Instant at) {
        return received(fileName, lines, by, at, StatementOrigin.MEF_FILE, null);
    }

    /** @param employerSiret the employer that sent it, when one is known */
    static Statement received(String fileName, int lines, String by, Instant at, StatementOrigin origin,
                              @Nullable String employerSiret) {
        return new Statement(UUID.randomUUID(), fileName, at, by, StatementState.RECEIVED, null, null, null, null,
                null, null, null, lines, origin, employerSiret, null);
    }

    Statement checked(String by, Instant at) {
        if (state != StatementState.RECEIVED) {
            throw new IllegalStateException("Only a received statement is checked");
        }
        return new Statement(id, fileName, receivedAt, receivedBy, StatementState.CHECKED, by, at, null, null, null,
                null, null, lines, origin, employerSiret, version);
    }

    Statement validated(String by, Instant at) {
        if (state != StatementState.CHECKED) {
            throw new IllegalStateException("Only a checked statement is validated");
        }
        return new Statement(id, fileName, receivedAt, receivedBy, StatementState.VALIDATED, checkedBy, checkedAt, by,
                at, null, null, null, lines, origin, employerSiret, version);
    }

    /** @throws IllegalArgumentException without a reason; IllegalStateException once validated or rejected */
    Statement rejected(String by, Instant at, String reason) {
        if (state != StatementState.RECEIVED && state != StatementState.CHECKED) {
            throw new IllegalStateException("Only a statement not yet validated is rejected");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection states its reason");
        }
        return new Statement(id, fileName, receivedAt, receivedBy, StatementState.REJECTED, checkedBy, checkedAt,
                null, null, by, at, reason.strip(), lines, origin, employerSiret, version);
    }

    /** Whether a facilitator still has something to do with it: check it, validate it, or reject it. */
    public boolean waiting() {
        return state == StatementState.RECEIVED || state == StatementState.CHECKED;
    }
}
