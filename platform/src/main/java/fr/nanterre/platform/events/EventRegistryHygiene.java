package fr.nanterre.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the event publication registry small and moving. Spring Modulith delivers incomplete publications again
 * only at a restart; here they are delivered again on a schedule too, once older than
 * {@link EventRegistryProperties#resubmitAfter()}, so that a listener that failed once (a database hiccup, a lock)
 * does not hold a participant's or a clause's copy back until the next restart. Completed publications are purged
 * after {@link EventRegistryProperties#keepCompleted()}. Each job runs on one instance at a time (ShedLock).
 */
public class EventRegistryHygiene {

    private static final Logger LOG = LoggerFactory.getLogger(EventRegistryHygiene.class);

    private final CompletedEventPublications completed;
    private final IncompleteEventPublications incomplete;
    private final EventRegistryProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    public EventRegistryHygiene(CompletedEventPublications completed, IncompleteEventPublications incomplete,
                                EventRegistryProperties properties, JdbcClient jdbc, Clock clock) {
        this.completed = completed;
        this.incomplete = incomplete;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Deletes the publications completed more than {@link EventRegistryProperties#keepCompleted()} ago. */
    @Scheduled(cron = "${insertion.events.purge-cron:0 15 3 * * *}")
    @SchedulerLock(name = "event-registry-purge",
            lockAtLeastFor = "${insertion.scheduling.lock-at-least-for:PT30S}")
    public void purgeCompleted() {
        completed.deletePublicationsOlderThan(properties.keepCompleted());
        LOG.info("Event registry: publications completed more than {} ago purged", properties.keepCompleted());
    }

    /** Delivers again the incomplete publications older than {@link EventRegistryProperties#resubmitAfter()}. */
    @Scheduled(fixedDelayString = "${insertion.events.resubmit-every:PT5M}",
            initialDelayString = "${insertion.events.resubmit-every:PT5M}")
    @SchedulerLock(name = "event-registry-resubmit",
            lockAtLeastFor = "${insertion.scheduling.lock-at-least-for:PT30S}")
    public void resubmitIncomplete() {
        int waiting = olderThanThreshold();
        if (waiting > 0) {
            LOG.warn("Event registry: {} publication(s) incomplete for more than {}, delivered again", waiting,
                    properties.resubmitAfter());
            incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
        }
    }

    /** The publications some listener has not handled yet, oldest first. */
    public List<PendingPublication> pending() {
        return jdbc.sql("""
                        select id, listener_id, event_type, publication_date, status, completion_attempts,
                               last_resubmission_date
                        from public.event_publication where completion_date is null
                        order by publication_date, id limit 1000""")
                .query((row, n) -> new PendingPublication(row.getObject("id", UUID.class),
                        row.getString("listener_id"), row.getString("event_type"),
                        row.getTimestamp("publication_date").toInstant(), row.getString("status"),
                        row.getInt("completion_attempts"), instant(row.getTimestamp("last_resubmission_date"))))
                .list();
    }

    private int olderThanThreshold() {
        Instant before = clock.instant().minus(properties.resubmitAfter());
        return jdbc.sql("select count(*) from public.event_publication where completion_date is null "
                        + "and publication_date < :before")
                .param("before", Timestamp.from(before)).query(Integer.class).single();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
