package fr.nanterre.insertion.facilitation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What facilitation's tests start from: participants enrolled in partners and known here, clauses to follow. */
public final class TestData {

    private static final Duration EVENT_DELIVERY = Duration.ofSeconds(20);

    private TestData() {
    }

    /**
     * Enrols a participant in partners with these criteria, then waits until facilitation knows their reference:
     * {@code ParticipantEnrolled} reaches it after the commit, as in the application. She was born on 4 May 1986
     * and lives in one of Nanterre's QPV.
     */
    public static Participant enrolled(ParticipantDirectory participants, JdbcClient jdbc, String lastName,
                                       NewCriterion... criteria) {
        return enrolled(participants, jdbc, livingIn(lastName, Sex.FEMALE, LocalDate.of(1986, 5, 4),
                Residence.NANTERRE_QPV), criteria);
    }

    /** Enrols a participant with these details and criteria, then waits until facilitation knows their reference. */
    public static Participant enrolled(ParticipantDirectory participants, JdbcClient jdbc, ParticipantDetails details,
                                       NewCriterion... criteria) {
        Participant participant = participants.enrol(details);
        Participant read = participant;
        for (NewCriterion criterion : criteria) {
            read = participants.recordCriterion(read, criterion);
        }
        await("facilitation learns of " + participant.reference()).atMost(EVENT_DELIVERY)
                .until(() -> jdbc.sql("select count(*) from facilitation.known_participant where participant_id = ?")
                        .param(participant.id()).query(Long.class).single() > 0);
        return participant;
    }

    /**
     * A participant's details with that sex and birth date, living in Nanterre (in a QPV or not), or in
     * Rueil-Malmaison, next door, for {@link Residence#ELSEWHERE}.
     */
    public static ParticipantDetails livingIn(String lastName, Sex sex, LocalDate birthDate, Residence residence) {
        return residence.nanterre()
                ? new ParticipantDetails(lastName, "Test", birthDate, sex, null, "92000", "Nanterre", "92050",
                residence == Residence.NANTERRE_QPV, true, null, ReferringOrganisation.PLIE)
                : new ParticipantDetails(lastName, "Test", birthDate, sex, null, "92500", "Rueil-Malmaison", "92063",
                false, false, null, ReferringOrganisation.PLIE);
    }

    /** RSA, proved on that day: a level-1 criterion, enough to be eligible. */
    public static NewCriterion rsa(LocalDate proofDate) {
        return new NewCriterion("RSA", "Attestation CAF", proofDate);
    }

    /** A clause as {@code ContractAwarded} gives it to facilitation: 833 h on lot 1, for 24 months. */
    public static UUID followedClause(JdbcClient jdbc, String contract, LocalDate notifiedOn) {
        UUID clause = UUID.randomUUID();
        jdbc.sql("""
                        insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer,
                            lot_number, lot_title, awardee_siret, target_hours, notified_on, duration_months)
                        values (?, ?, ?, 'Ville de Nanterre', 1, 'Gros œuvre', '55210055400013', 833, ?, 24)""")
                .params(clause, UUID.randomUUID(), contract, notifiedOn).update();
        return clause;
    }
}
