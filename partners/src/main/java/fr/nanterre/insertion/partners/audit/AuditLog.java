package fr.nanterre.insertion.partners.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes who read or changed a participant's file. It joins the caller's transaction, so a change that rolls back
 * leaves no line, and a line cannot be lost while its change is kept.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, AuditAction action, @Nullable UUID participantId, String detail) {
        jdbc.sql("""
                        insert into partners.audit_log (at, username, action, participant_id, detail)
                        values (:at, :username, :action, :participantId, :detail)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("username", username)
                .param("action", action.name())
                .param("participantId", participantId)
                .param("detail", detail)
                .update();
    }

    /** The same action on many participants, written in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String username, AuditAction action, Collection<UUID> participantIds, String detail) {
        if (participantIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into partners.audit_log (at, username, action, participant_id, detail)
                        select :at, :username, :action, participant, :detail
                        from unnest(cast(:participants as uuid[])) as matched(participant)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("username", username)
                .param("action", action.name())
                .param("participants", participantIds.toArray(UUID[]::new))
                .param("detail", detail)
                .update();
    }
}
