package fr.nanterre.insertion.partners.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import fr.nanterre.insertion.partners.SecurityAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The audit log is append-only for the application's database user, and purged after a year by default. */
@ApplicationModuleTest
class AuditLogAppendOnlyTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditPurge purge;
    @Autowired
    SecurityAudit securityAudit;

    private long line(String user, Instant at) {
        return jdbc.sql("""
                        insert into partners.audit_log (at, username, action, participant_id, detail)
                        values (:at, :user, 'FILE_OPENED', :participant, '') returning id""")
                .param("at", Timestamp.from(at)).param("user", user).param("participant", UUID.randomUUID())
                .query(Long.class).single();
    }

    private long count(String user) {
        return jdbc.sql("select count(*) from partners.audit_log where username = :user").param("user", user)
                .query(Long.class).single();
    }

    @Test
    void noLineCanBeChangedDeletedOrTruncatedByTheApplication() {
        String user = "agent." + UUID.randomUUID();
        long id = line(user, Instant.now());

        assertThatThrownBy(() -> jdbc.sql("update partners.audit_log set username = 'someone else' where id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from partners.audit_log where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate partners.audit_log").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(count(user)).isEqualTo(1);
    }

    @Test
    void thePurgeDeletesTheLinesOlderThanAYearAndKeepsTheOthers() {
        String user = "agent." + UUID.randomUUID();
        line(user, Instant.now().minus(Duration.ofDays(400)));
        line(user, Instant.now().minus(Duration.ofDays(366)));
        line(user, Instant.now().minus(Duration.ofDays(300)));
        line(user, Instant.now());

        assertThat(purge.purge()).isGreaterThanOrEqualTo(2);

        assertThat(count(user)).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.sql("delete from partners.audit_log where username = :user")
                .param("user", user).update()).as("the purge's permission ended with its transaction")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void authenticationEventsAreWrittenWithoutAParticipant() {
        String user = "agent." + UUID.randomUUID();
        securityAudit.record(user, SecurityAudit.Event.LOGIN_FAILED, "address=192.0.2.7");
        securityAudit.record(user, SecurityAudit.Event.LOCKED_OUT, "address=192.0.2.7");

        assertThat(jdbc.sql("select action || ' ' || detail || ' ' || (participant_id is null) from partners.audit_log "
                + "where username = :user order by id").param("user", user).query(String.class).list())
                .containsExactly("LOGIN_FAILED address=192.0.2.7 true", "LOCKED_OUT address=192.0.2.7 true");
    }
}
