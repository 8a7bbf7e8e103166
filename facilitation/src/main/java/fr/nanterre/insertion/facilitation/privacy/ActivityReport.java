package fr.nanterre.insertion.facilitation.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.ParticipantActivityReported;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells partners, every night before its retention job, each participant's last activity in facilitation (a
 * placement's start or end, the last month with hours, a referral's last step) and whether a placement is running,
 * through {@link ParticipantActivityReported}; only what changed since the last report.
 */
@Component
class ActivityReport {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityReport.class);

    record Activity(UUID participantId, LocalDate lastActivity, boolean placementRunning) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityReport(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * On one instance only (ShedLock, decision 0027), and in one transaction, so that the events reach partners
     * through the registry (a call from this class to {@link #report} would bypass its proxy).
     */
    @Scheduled(cron = "${insertion.facilitation.activity-report-cron:0 0 2 * * *}")
    @SchedulerLock(name = "activity-report", lockAtLeastFor = "${insertion.scheduling.lock-at-least-for:PT30S}")
    @Transactional
    void run() {
        LOG.info("Activity report: {} participant(s) reported to partners", report(LocalDate.now(clock)));
    }

    /** @return how many participants were reported */
    @Transactional
    int report(LocalDate today) {
        List<Activity> changed = jdbc.sql("""
                        with activity as (
                            select participant_id, max(least(coalesce(end_date, :today), :today)) as last_activity,
                                   bool_or(end_date is null or end_date >= :today) as running
                            from facilitation.placement group by participant_id
                            union all
                            select p.participant_id,
                                   least(max((h.month + interval '1 month' - interval '1 day')::date), :today), false
                            from facilitation.hours_entry h join facilitation.placement p on p.id = h.placement_id
                            group by p.participant_id
                            union all
                            select participant_id, max(greatest(referred_on, coalesce(interview_on, referred_on),
                                                                coalesce(decided_on, referred_on))), false
                            from facilitation.referral group by participant_id),
                        latest as (
                            select participant_id, max(last_activity) as last_activity, bool_or(running) as running
                            from activity group by participant_id)
                        select l.participant_id, l.last_activity, l.running from latest l
                        left join facilitation.activity_reported r on r.participant_id = l.participant_id
                        where r.participant_id is null or r.last_activity <> l.last_activity
                           or r.placement_running <> l.running""")
                .param("today", today)
                .query((row, n) -> new Activity(row.getObject(1, UUID.class), row.getObject(2, LocalDate.class),
                        row.getBoolean(3)))
                .list();
        for (Activity activity : changed) {
            jdbc.sql("""
                            insert into facilitation.activity_reported (participant_id, last_activity, placement_running)
                            values (:participant, :last, :running)
                            on conflict (participant_id) do update
                            set last_activity = excluded.last_activity, placement_running = excluded.placement_running""")
                    .param("participant", activity.participantId()).param("last", activity.lastActivity())
                    .param("running", activity.placementRunning()).update();
            events.publishEvent(new ParticipantActivityReported(activity.participantId(), activity.lastActivity(),
                    activity.placementRunning()));
        }
        return changed.size();
    }
}
