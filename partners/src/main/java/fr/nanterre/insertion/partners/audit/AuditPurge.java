package fr.nanterre.insertion.partners.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, deletes the audit lines older than {@code insertion.audit.retention-days} (365 by default). The only
 * delete the table's trigger lets through: it says so with {@code insertion.audit_purge} in its own transaction.
 */
@Component
class AuditPurge {

    private static final Logger LOG = LoggerFactory.getLogger(AuditPurge.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    AuditPurge(JdbcClient jdbc, Clock clock, @Value("${insertion.audit.retention-days:365}") int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("insertion.audit.retention-days is at least 1");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = Duration.ofDays(retentionDays);
    }

    /**
     * On one instance only (ShedLock, decision 0027), and in one transaction: the purge's permission, local to the
     * transaction, must reach the delete (a call from this class to {@link #purge()} would bypass its proxy).
     */
    @Scheduled(cron = "${insertion.audit.purge-cron:0 15 3 * * *}")
    @SchedulerLock(name = "audit-purge", lockAtLeastFor = "${insertion.scheduling.lock-at-least-for:PT30S}")
    @Transactional
    void run() {
        LOG.info("Audit purge: {} line(s) older than {} day(s) deleted", purge(), retention.toDays());
    }

    /** @return how many lines were deleted */
    @Transactional
    int purge() {
        jdbc.sql("select set_config('insertion.audit_purge', 'on', true)").query().singleValue();
        return jdbc.sql("delete from partners.audit_log where at < :limit")
                .param("limit", Timestamp.from(clock.instant().minus(retention)))
                .update();
    }
}
