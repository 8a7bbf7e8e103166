package fr.nanterre.insertion.partners.participant;

import fr.nanterre.insertion.partners.ParticipantActivityReported;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the last activity other modules report, which the {@link RetentionJob} counts from. Idempotent. */
@Component
class ParticipantActivities {

    private final JdbcClient jdbc;

    ParticipantActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ParticipantActivityReported reported) {
        jdbc.sql("""
                        insert into partners.participant_activity (participant_id, last_activity, placement_running)
                        values (:participant, :last, :running)
                        on conflict (participant_id) do update
                        set last_activity = excluded.last_activity, placement_running = excluded.placement_running""")
                .param("participant", reported.participantId()).param("last", reported.lastActivity())
                .param("running", reported.placementRunning()).update();
    }
}
