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
                        @Nullable Instant validatedAt, int lines, @Version @Nullable Long version) {

    static Statement received(String fileName, int lines, String by, Instant at) {
        return new Statement(UUID.randomUUID(), fileName, at, by, StatementState.RECEIVED, null, null, null, null,
                lines, null);
    }

    Statement checked(String by, Instant at) {
        if (state != StatementState.RECEIVED) {
            throw new IllegalStateException("Only a received statement is checked");
        }
        return new Statement(id, fileName, receivedAt, receivedBy, StatementState.CHECKED, by, at, null, null, lines,
                version);
    }

    Statement validated(String by, Instant at) {
        if (state != StatementState.CHECKED) {
            throw new IllegalStateException("Only a checked statement is validated");
        }
        return new Statement(id, fileName, receivedAt, receivedBy, StatementState.VALIDATED, checkedBy, checkedAt, by,
                at, lines, version);
    }
}
