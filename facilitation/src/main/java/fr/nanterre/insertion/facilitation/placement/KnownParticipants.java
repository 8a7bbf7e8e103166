package fr.nanterre.insertion.facilitation.placement;

import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.partners.ParticipantEnrolled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The participants' pseudonymous references, as partners enrolled them: employers' statements and facilitators
 * name participants by reference, and facilitation keeps no identity of its own.
 */
@Component
public class KnownParticipants {

    private final JdbcClient jdbc;

    KnownParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ParticipantEnrolled event) {
        jdbc.sql("""
                        insert into facilitation.known_participant (participant_id, reference) values (?, ?)
                        on conflict (participant_id) do nothing""")
                .params(event.participantId(), event.reference()).update();
    }

    public Optional<UUID> byReference(String reference) {
        return jdbc.sql("select participant_id from facilitation.known_participant where reference = ?")
                .param(reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT))
                .query(UUID.class).optional();
    }
}
