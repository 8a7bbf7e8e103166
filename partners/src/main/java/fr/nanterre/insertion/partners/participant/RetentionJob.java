package fr.nanterre.insertion.partners.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, anonymises the participants whose retention period ran out (see {@link RetentionPolicy}). Each
 * participant in a transaction of their own: one failure does not hold the others back, and the next run retries.
 */
@Component
class RetentionJob {

    static final String ACTOR = "system:retention";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionPolicy policy;
    private final Anonymisation anonymisation;
    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionJob(RetentionPolicy policy, Anonymisation anonymisation, JdbcClient jdbc, Clock clock) {
        this.policy = policy;
        this.anonymisation = anonymisation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** On one instance only when several share the database (ShedLock, decision 0027). */
    @Scheduled(cron = "${insertion.participants.retention-cron:0 30 2 * * *}")
    @SchedulerLock(name = "participants-retention",
            lockAtLeastFor = "${insertion.scheduling.lock-at-least-for:PT30S}")
    void run() {
        int anonymised = anonymiseExpired(LocalDate.now(clock));
        LOG.info("Retention: {} participant(s) anonymised", anonymised);
    }

    /** @return how many participants were anonymised */
    int anonymiseExpired(LocalDate today) {
        int anonymised = 0;
        for (UUID participantId : expired(today.minusYears(policy.retentionYears()))) {
            try {
                anonymisation.anonymise(participantId, null, ACTOR);
                anonymised++;
            } catch (OptimisticLockingFailureException someoneWasEditing) {
                LOG.warn("Retention: participant {} was being changed; retried on the next run", participantId);
            } catch (RuntimeException failed) {
                // one participant's failure does not stop the night's run; the next run retries
                LOG.error("Retention: participant {} could not be anonymised; retried on the next run", participantId,
                        failed);
            }
        }
        return anonymised;
    }

    /**
     * Not anonymised, no open pathway, no running placement in facilitation, and the last activity before the
     * limit: the last exit (or the enrolment, with no pathway), or the last activity another module reported.
     */
    private List<UUID> expired(LocalDate limit) {
        return jdbc.sql("""
                        select p.id from partners.participant p
                        where p.anonymised_on is null
                          and not exists (select 1 from partners.pathway w
                                          where w.participant_id = p.id and w.exit_date is null)
                          and not exists (select 1 from partners.participant_activity a
                                          where a.participant_id = p.id and a.placement_running)
                          and greatest(coalesce((select max(w.exit_date) from partners.pathway w
                                                 where w.participant_id = p.id), p.enrolled_on),
                                       (select a.last_activity from partners.participant_activity a
                                        where a.participant_id = p.id)) < :limit""")
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }
}
