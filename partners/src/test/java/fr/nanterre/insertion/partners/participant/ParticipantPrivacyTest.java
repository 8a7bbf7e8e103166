package fr.nanterre.insertion.partners.participant;

import static fr.nanterre.insertion.partners.participant.Fixtures.person;
import static fr.nanterre.insertion.partners.participant.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest
@WithMockUser(username = "m.dupont", roles = "PARTNERS")
class ParticipantPrivacyTest {

    @Autowired
    ParticipantPrivacy privacy;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    PathwayFollowUp followUp;
    @Autowired
    RetentionJob retention;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymisationRemovesNamesButKeepsTheCountsBySexQpvAgeAndOutcome() {
        String tag = tag();
        List<UUID> ids = List.of(
                followed(person("Stat " + tag, "Une", Sex.FEMALE, true, ReferringOrganisation.PLIE), ExitOutcome.CDI),
                followed(person("Stat " + tag, "Deux", Sex.FEMALE, false, ReferringOrganisation.CCAS),
                        ExitOutcome.SUBSIDISED_CONTRACT),
                followed(person("Stat " + tag, "Trois", Sex.MALE, true, ReferringOrganisation.SIAE), ExitOutcome.CDI),
                followed(person("Stat " + tag, "Quatre", Sex.OTHER_OR_UNKNOWN, true, ReferringOrganisation.PLIE),
                        ExitOutcome.SIAE_HIRE));
        List<String> before = statisticsOf(ids);

        for (UUID id : ids) {
            privacy.anonymise(directory.open(id));
        }

        assertThat(statisticsOf(ids)).isEqualTo(before);
        assertThat(directory.count(ParticipantFilter.named(tag))).isZero();
        Participant anonymised = directory.open(ids.getFirst());
        assertThat(anonymised.lastName()).isEqualTo(anonymised.reference());
        assertThat(anonymised.firstName()).isEqualTo(anonymised.reference());
        assertThat(anonymised.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(anonymised.details().address()).isNull();
        assertThat(anonymised.details().referent()).isNull();
        assertThat(anonymised.criteria()).extracting(RecordedCriterion::criterionCode).containsExactly("QPV_RESIDENT");
        assertThat(anonymised.criteria()).extracting(RecordedCriterion::proofChecked).containsOnlyNulls();
        assertThat(followUp.pathwaysOf(ids.getFirst()).getFirst().steps()).extracting(PathwayStep::note)
                .containsOnlyNulls();
        assertThat(anonymised.isAnonymised()).isTrue();
        assertThat(jdbc.sql("select count(*) from partners.audit_log where action = 'ANONYMISED' and username = "
                + "'m.dupont' and participant_id in (:ids)").param("ids", ids).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void anAnonymisedParticipantNoLongerChanges() {
        Participant participant = directory.enrol(person("Effacé " + tag(), "Jules"));
        Participant anonymised = privacy.anonymise(participant);
        assertThatIllegalStateException().isThrownBy(() -> directory.change(anonymised, person("Retour", "Jules")));
    }

    @Test
    void theRetentionJobAnonymisesThoseWhoseLastPathwayEndedMoreThanTwoYearsAgo() {
        String tag = tag();
        UUID longGone = directory.enrol(person("Ancien " + tag, "Parti")).id();
        exited(longGone, LocalDate.of(2019, 1, 7), LocalDate.now().minusYears(2).minusDays(1));
        UUID recent = directory.enrol(person("Ancien " + tag, "Récent")).id();
        exited(recent, LocalDate.of(2019, 1, 7), LocalDate.now().minusYears(2));
        UUID stillFollowed = directory.enrol(person("Ancien " + tag, "Suivi")).id();
        followUp.open(stillFollowed, new NewPathway(LocalDate.of(2018, 9, 3), null));
        UUID newcomer = directory.enrol(person("Ancien " + tag, "Nouveau")).id();

        assertThat(retention.anonymiseExpired(LocalDate.now())).isGreaterThanOrEqualTo(1);

        assertThat(directory.open(longGone).isAnonymised()).isTrue();
        assertThat(List.of(recent, stillFollowed, newcomer)).noneMatch(id -> directory.open(id).isAnonymised());
        assertThat(jdbc.sql("select username from partners.audit_log where action = 'ANONYMISED' "
                + "and participant_id = ?").param(longGone).query(String.class).single())
                .isEqualTo(RetentionJob.ACTOR);
    }

    @Test
    void theExtractHoldsTheWholeFileAndIsAudited() {
        Participant participant = directory.enrol(person("Accès " + tag(), "Maya"));
        exited(participant.id(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 12, 19));

        ParticipantExtract extract = privacy.extract(participant.id());

        assertThat(extract.participant().firstName()).isEqualTo("Maya");
        assertThat(extract.pathways()).singleElement().satisfies(pathway -> {
            assertThat(pathway.pathway().steps()).hasSize(1);
            assertThat(pathway.history()).extracting(PathwayChange::kind).containsExactly(PathwayChange.Kind.OPENED,
                    PathwayChange.Kind.STEP_ADDED, PathwayChange.Kind.EXITED);
        });
        assertThat(jdbc.sql("select action from partners.audit_log where participant_id = ? order by id desc limit 1")
                .param(participant.id()).query(String.class).single()).isEqualTo("FILE_EXPORTED");
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void onlyTheEmploymentDepartmentAnonymises() {
        Participant participant = directory.enrol(person("Garde " + tag(), "Tom"));
        assertThatThrownBy(() -> privacy.anonymise(participant))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(privacy.extract(participant.id()).participant().firstName()).isEqualTo("Tom");
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "VIEWER"})
    void otherRolesMayNotExtractAFile() {
        assertThatThrownBy(() -> privacy.extract(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    private UUID followed(ParticipantDetails details, ExitOutcome outcome) {
        Participant participant = directory.enrol(details);
        if (details.qpvResident()) {
            directory.recordCriterion(participant,
                    new NewCriterion("QPV_RESIDENT", "Quittance de loyer, Mme X", LocalDate.now()));
        }
        Pathway pathway = followUp.open(participant.id(), new NewPathway(LocalDate.of(2026, 1, 5), null));
        pathway = followUp.addStep(pathway, new StepDetails(StepType.SIAE_CONTRACT,
                LocalDate.of(2026, 1, 5), null, "Suivie par M. Durand, tél. 06 00 00 00 00"));
        followUp.exit(pathway, new NewExit(LocalDate.of(2026, 6, 30), outcome));
        return participant.id();
    }

    private void exited(UUID participantId, LocalDate entry, LocalDate exit) {
        Pathway pathway = followUp.open(participantId, new NewPathway(entry, null));
        pathway = followUp.addStep(pathway, new StepDetails(StepType.TRAINING, entry, exit, null));
        followUp.exit(pathway, new NewExit(exit, ExitOutcome.QUALIFYING_TRAINING));
    }

    /** What the indicators count: by sex, QPV residence, year of birth, referring organisation and outcome. */
    private List<String> statisticsOf(List<UUID> ids) {
        return jdbc.sql("""
                        select p.sex || ' ' || p.qpv_resident || ' ' || extract(year from p.birth_date) || ' '
                               || p.referring_organisation || ' ' || w.exit_category || ' ' || count(*)
                        from partners.participant p join partners.pathway w on w.participant_id = p.id
                        where p.id in (:ids)
                        group by p.sex, p.qpv_resident, extract(year from p.birth_date), p.referring_organisation,
                                 w.exit_category
                        order by 1""")
                .param("ids", ids)
                .query(String.class).list();
    }

    /** Facilitation's activity (ParticipantActivityReported) counts too, and a running placement protects. */
    @Test
    void theRetentionCountsTheLastActivityInFacilitationAndNeverTakesSomeoneWithARunningPlacement(
            org.springframework.modulith.test.Scenario scenario) {
        String tag = tag();
        LocalDate threeYearsAgo = LocalDate.now().minusYears(3);
        UUID workedLastYear = directory.enrol(person("Actif " + tag, "Heures")).id();
        exited(workedLastYear, LocalDate.of(2019, 1, 7), threeYearsAgo);
        UUID placed = directory.enrol(person("Actif " + tag, "Placé")).id();
        exited(placed, LocalDate.of(2019, 1, 7), threeYearsAgo);
        UUID gone = directory.enrol(person("Actif " + tag, "Parti")).id();
        exited(gone, LocalDate.of(2019, 1, 7), threeYearsAgo);

        for (var reported : List.of(
                new fr.nanterre.insertion.partners.ParticipantActivityReported(workedLastYear,
                        LocalDate.now().minusYears(1), false),
                new fr.nanterre.insertion.partners.ParticipantActivityReported(placed, threeYearsAgo, true),
                new fr.nanterre.insertion.partners.ParticipantActivityReported(gone, threeYearsAgo, false))) {
            scenario.publish(reported).andWaitForStateChange(() -> jdbc.sql(
                    "select count(*) from partners.participant_activity where participant_id = ?")
                    .param(reported.participantId()).query(Long.class).single(), count -> count == 1).andVerify(c -> {
                    });
        }

        retention.anonymiseExpired(LocalDate.now());

        assertThat(directory.open(gone).isAnonymised()).isTrue();
        assertThat(directory.open(workedLastYear).isAnonymised()).as("hours a year ago in facilitation").isFalse();
        assertThat(directory.open(placed).isAnonymised()).as("a placement is running").isFalse();
    }

    /** One participant's failure (here, the database refuses the change) does not stop the night's run. */
    @Test
    void oneParticipantsFailureDoesNotStopTheRun() {
        String tag = tag();
        UUID refused = directory.enrol(person("Echec " + tag, "Refusé")).id();
        exited(refused, LocalDate.of(2019, 1, 7), LocalDate.now().minusYears(3));
        UUID next = directory.enrol(person("Echec " + tag, "Suivant")).id();
        exited(next, LocalDate.of(2019, 1, 7), LocalDate.now().minusYears(3));
        jdbc.sql("""
                create or replace function partners.refuse_one() returns trigger language plpgsql as $$
                begin
                    if new.id = '%s' then raise exception 'refused for the test'; end if;
                    return new;
                end $$""".formatted(refused)).update();
        jdbc.sql("create trigger refuse_one before update on partners.participant for each row "
                + "execute function partners.refuse_one()").update();
        try {
            retention.anonymiseExpired(LocalDate.now());
        } finally {
            jdbc.sql("drop trigger refuse_one on partners.participant").update();
            jdbc.sql("drop function partners.refuse_one()").update();
        }

        assertThat(directory.open(refused).isAnonymised()).isFalse();
        assertThat(directory.open(next).isAnonymised()).isTrue();
    }
}
