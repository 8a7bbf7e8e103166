package fr.nanterre.insertion.facilitation.agreement;

import java.util.List;

import fr.nanterre.insertion.facilitation.ledger.IndicatorRows;
import fr.nanterre.insertion.partners.ParticipantExited;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Facilitation's copy of the participants' exits, which the yearly report counts: facilitation never reads
 * partners' tables.
 */
@Component
class ParticipantExits {

    private final JdbcClient jdbc;
    private final IndicatorRows indicators;

    ParticipantExits(JdbcClient jdbc, IndicatorRows indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    /** Idempotent: the registry may deliver an event again after a failure. */
    @ApplicationModuleListener
    void on(ParticipantExited event) {
        jdbc.sql("""
                        insert into facilitation.participant_exit (pathway_id, participant_id, exit_date, outcome_category)
                        values (?, ?, ?, ?)
                        on conflict (pathway_id) do update set participant_id = excluded.participant_id,
                            exit_date = excluded.exit_date, outcome_category = excluded.outcome_category""")
                .params(event.pathwayId(), event.participantId(), event.exitDate(), event.outcomeCategory().name())
                .update();
        indicators.refreshParticipants(List.of(event.participantId()));
    }
}
