package fr.nanterre.insertion.facilitation.privacy;

import java.util.List;

import fr.nanterre.insertion.facilitation.ledger.IndicatorRows;
import fr.nanterre.insertion.partners.ParticipantAnonymised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When partners anonymises a participant, facilitation removes the free text it wrote about the person (an
 * exception's justification, the reasons a referral was not retained) and reduces each placement's eligibility
 * snapshot to "eligible: yes/no" and the levels of the criteria met: the criteria's codes (RSA, RQTH… health and
 * social data) and their proofs' dates go. The hours, the placements' dates, employers and clauses, and the
 * profile kept at the start (residence, sex, age band) stay: the statistics and the clauses' progress count them.
 * The dashboards' criteria then count the person under {@value #ERASED_CRITERION}. Idempotent: a second delivery
 * changes nothing.
 */
@Component
class ParticipantAnonymisation {

    /** What replaces a free text that the database requires (a justification, a reason). */
    static final String ERASED = "[anonymisé]";
    /** What replaces a criterion's code in a snapshot; its level stays. */
    static final String ERASED_CRITERION = "ANONYMISED";

    private final JdbcClient jdbc;
    private final IndicatorRows indicators;

    ParticipantAnonymisation(JdbcClient jdbc, IndicatorRows indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    @ApplicationModuleListener
    void on(ParticipantAnonymised anonymised) {
        jdbc.sql("""
                        update facilitation.placement set exception_justification = :erased, version = version + 1
                        where participant_id = :participant and exception_justification is not null""")
                .param("erased", ERASED).param("participant", anonymised.participantId()).update();
        jdbc.sql("""
                        update facilitation.placement_criterion c
                        set code = :erased, proof_date = p.start_date, valid_until = p.start_date
                        from facilitation.placement p
                        where p.id = c.placement_id and p.participant_id = :participant""")
                .param("erased", ERASED_CRITERION).param("participant", anonymised.participantId()).update();
        jdbc.sql("""
                        update facilitation.referral set reason = :erased, version = version + 1
                        where participant_id = :participant and reason is not null""")
                .param("erased", ERASED).param("participant", anonymised.participantId()).update();
        // the dashboards count the criteria as they are now kept
        indicators.refreshParticipants(List.of(anonymised.participantId()));
    }
}
