package fr.nanterre.insertion.partners.participant;

import static fr.nanterre.insertion.partners.participant.Fixtures.person;
import static fr.nanterre.insertion.partners.participant.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.ParticipantEnrolled;
import fr.nanterre.insertion.partners.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest
@WithMockUser(username = "m.dupont", roles = "PARTNERS")
class ParticipantDirectoryTest {

    @Autowired
    ParticipantDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void enrollingAParticipantPublishesParticipantEnrolledWithThePseudonymousReference(Scenario scenario) {
        String name = "Benali " + tag();
        scenario.stimulate(() -> directory.enrol(person(name, "Samira")))
                .andWaitForEventOfType(ParticipantEnrolled.class)
                .toArriveAndVerify((event, participant) -> {
                    assertThat(event.participantId()).isEqualTo(participant.id());
                    assertThat(event.reference()).matches("P-" + LocalDate.now().getYear() + "-\\d{6}")
                            .isEqualTo(participant.reference());
                    assertThat(event.enrolledOn()).isEqualTo(LocalDate.now());
                    assertThat(jdbc.sql("select last_name from partners.participant where id = ?")
                            .param(event.participantId()).query(String.class).single()).isEqualTo(name);
                });
    }

    @Test
    void eachParticipantGetsTheirOwnReferenceFromTheSequence() {
        String first = directory.enrol(person("Martin " + tag(), "Léa")).reference();
        String second = directory.enrol(person("Martin " + tag(), "Léo")).reference();
        assertThat(Long.parseLong(second.substring(7))).isGreaterThan(Long.parseLong(first.substring(7)));
    }

    @Test
    void aBirthDateInTheFutureIsRefusedAndNothingIsSaved() {
        String name = "Futur " + tag();
        ParticipantDetails unborn = new ParticipantDetails(name, "Bébé", LocalDate.now().plusDays(1), Sex.MALE, null,
                null, "Nanterre", "92050", false, true, null, ReferringOrganisation.CCAS);
        assertThatIllegalArgumentException().isThrownBy(() -> directory.enrol(unborn))
                .withMessageContaining("birthDate");
        assertThat(directory.count(ParticipantFilter.named(name))).isZero();
    }

    @Test
    void theListIsSearchedByPartOfTheNameWithoutAccentsSortedAndPagedFromTheDatabase() {
        String tag = tag();
        for (int i = 1; i <= 12; i++) {
            directory.enrol(person("Hélène%s %02d".formatted(tag, i), i % 2 == 0 ? "Zoé" : "Émile"));
        }
        ParticipantFilter helene = ParticipantFilter.named("HELENE" + tag);
        assertThat(directory.count(helene)).isEqualTo(12);
        assertThat(directory.count(ParticipantFilter.named("lène" + tag + " 0"))).isEqualTo(9);

        List<ParticipantRow> secondPage = directory.find(helene, PageRequest.of(1, 5, Sort.by("name")));
        assertThat(secondPage).extracting(ParticipantRow::lastName)
                .containsExactly("Hélène%s 06".formatted(tag), "Hélène%s 07".formatted(tag),
                        "Hélène%s 08".formatted(tag), "Hélène%s 09".formatted(tag), "Hélène%s 10".formatted(tag));
        assertThat(directory.find(helene, PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "name"))).getFirst()
                .lastName()).isEqualTo("Hélène%s 12".formatted(tag));
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.find(helene, PageRequest.of(0, 5, Sort.by("address"))));
    }

    @Test
    void aSearchOfOneOrTwoLettersFindsTheNamesThatContainThem() {
        long before = directory.count(ParticipantFilter.named("ÔZ"));
        directory.enrol(person("Lozère " + tag(), "Chloé"));
        directory.enrol(person("Ozanne " + tag(), "Anaïs"));
        assertThat(directory.count(ParticipantFilter.named("oz"))).isEqualTo(before + 2);
        assertThat(directory.find(ParticipantFilter.named("oz"), PageRequest.of(0, 500, Sort.by("name"))))
                .allMatch(row -> (row.lastName() + row.firstName()).toLowerCase().contains("oz"));
    }

    @Test
    void theListIsFilteredByQpvResidenceAndReferringOrganisation() {
        String tag = tag();
        directory.enrol(person("Qpv " + tag, "Un", Sex.MALE, true, ReferringOrganisation.MISSION_LOCALE));
        directory.enrol(person("Qpv " + tag, "Deux", Sex.FEMALE, true, ReferringOrganisation.CAP_EMPLOI));
        directory.enrol(person("Qpv " + tag, "Trois", Sex.FEMALE, false, ReferringOrganisation.MISSION_LOCALE));

        assertThat(directory.count(new ParticipantFilter(tag, true, null, false))).isEqualTo(2);
        assertThat(directory.count(new ParticipantFilter(tag, false, null, false))).isEqualTo(1);
        assertThat(directory.find(new ParticipantFilter(tag, true, ReferringOrganisation.MISSION_LOCALE, false),
                PageRequest.of(0, 10))).extracting(ParticipantRow::firstName).containsExactly("Un");
    }

    @Test
    void eligibleTodayFiltersInTheDatabaseWithTheSameRuleAsTheFile() {
        String tag = tag();
        LocalDate today = LocalDate.now();
        Participant rsa = directory.enrol(person("Eligible " + tag, "Rsa"));
        rsa = directory.recordCriterion(rsa, new NewCriterion("RSA", "Attestation CAF", today));
        Participant twoLevelTwo = directory.enrol(person("Eligible " + tag, "Deux"));
        twoLevelTwo = directory.recordCriterion(twoLevelTwo,
                new NewCriterion("OVER_50", "Carte d'identité", today.minusYears(1)));
        twoLevelTwo = directory.recordCriterion(twoLevelTwo,
                new NewCriterion("QPV_RESIDENT", "Facture EDF", today.minusDays(10)));
        Participant oneLevelTwo = directory.enrol(person("Eligible " + tag, "Un"));
        oneLevelTwo = directory.recordCriterion(oneLevelTwo, new NewCriterion("QPV_RESIDENT", "Facture EDF", today));
        Participant expired = directory.enrol(person("Eligible " + tag, "Expiré"));
        expired = directory.recordCriterion(expired, new NewCriterion("RSA", "Attestation CAF", today.minusDays(92)));

        assertThat(directory.find(new ParticipantFilter(tag, null, null, true), PageRequest.of(0, 10)))
                .extracting(ParticipantRow::firstName).containsExactlyInAnyOrder("Rsa", "Deux");
        for (Participant participant : List.of(rsa, twoLevelTwo, oneLevelTwo, expired)) {
            boolean listed = participant == rsa || participant == twoLevelTwo;
            assertThat(directory.eligibilityOf(participant, today).eligible()).isEqualTo(listed);
        }
    }

    @Test
    void recordingACriterionComputesItsValidityFromTheReferenceTable() {
        Participant participant = directory.enrol(person("Critère " + tag(), "Inès"));
        participant = directory.recordCriterion(participant,
                new NewCriterion("RQTH", "  Notification CDAPH du 2 février ", LocalDate.of(2026, 2, 2)));

        RecordedCriterion rqth = participant.criteria().getFirst();
        assertThat(rqth.criterionCode()).isEqualTo("RQTH");
        assertThat(rqth.proofChecked()).isEqualTo("Notification CDAPH du 2 février");
        assertThat(rqth.validUntil()).isEqualTo(LocalDate.of(2031, 2, 1)); // 1826 days, 2 February counted
        assertThat(rqth.recordedBy()).isEqualTo("m.dupont");

        EligibilitySnapshot snapshot = directory.eligibilityOf(participant, LocalDate.of(2026, 3, 1));
        assertThat(snapshot.eligible()).isFalse();
        assertThat(snapshot.criteria()).extracting(EligibilitySnapshot.MetCriterion::code).containsExactly("RQTH");
    }

    @Test
    void aCriterionNeedsAProofAndAProofDateThatIsNotInTheFuture() {
        Participant participant = directory.enrol(person("Preuve " + tag(), "Omar"));
        UUID id = participant.id();
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.recordCriterion(participant, new NewCriterion("RSA", "Attestation", null)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.recordCriterion(participant, new NewCriterion("RSA", "Attestation",
                        LocalDate.now().plusDays(1))));
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.recordCriterion(participant, new NewCriterion("RSA", " ", LocalDate.now())));
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.recordCriterion(participant, new NewCriterion("LOTTERY_WINNER", "Ticket", LocalDate.now())));
        assertThat(directory.open(id).criteria()).isEmpty();
    }

    @Test
    void theReferenceTableHoldsTheFourLevelOneCriteriaOfTheDesign() {
        assertThat(directory.criteria()).filteredOn(c -> c.level() == 1).extracting(EligibilityCriterion::code)
                .containsExactly("RSA", "ASS", "AAH", "JOB_SEEKER_24_MONTHS");
        assertThat(directory.criteria()).filteredOn(c -> c.level() == 2).hasSize(12);
    }

    @Test
    void ofTwoSavesFromTheSameVersionTheSecondIsRefusedAndTheFirstIsKept() {
        Participant opened = directory.enrol(person("Concurrent " + tag(), "Paul"));
        long seen = opened.version();
        ParticipantDetails first = new ParticipantDetails(opened.lastName(), "Paul-Henri", opened.birthDate(),
                Sex.MALE, null, null, "Nanterre", "92050", false, true, null, ReferringOrganisation.PLIE);
        ParticipantDetails second = new ParticipantDetails(opened.lastName(), "Pauline", opened.birthDate(),
                Sex.FEMALE, null, null, "Nanterre", "92050", false, true, null, ReferringOrganisation.PLIE);

        directory.change(opened, first);
        assertThatThrownBy(() -> directory.change(opened, second))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Participant kept = directory.open(opened.id());
        assertThat(kept.firstName()).isEqualTo("Paul-Henri");
        assertThat(kept.version()).isEqualTo(seen + 1);
    }

    @Test
    void openingAFileAndChangingItAreWrittenToTheAuditLogWithoutTheIdentity() {
        Participant participant = directory.enrol(person("Audit " + tag(), "Nadia"));
        directory.open(participant.id());
        ParticipantDetails moved = new ParticipantDetails(participant.lastName(), "Nadia",
                participant.birthDate(), Sex.FEMALE, "3 allée des Demoiselles", "92000", "Nanterre", "92050", false,
                true, "Mme Referente", ReferringOrganisation.PLIE);
        participant = directory.change(participant, moved);
        directory.recordCriterion(participant, new NewCriterion("SINGLE_PARENT", "Attestation CAF", LocalDate.now()));

        assertThat(auditOf(participant.id())).containsExactly(
                "m.dupont ENROLLED ",
                "m.dupont FILE_OPENED ",
                "m.dupont IDENTITY_CHANGED address,qpvResident",
                "m.dupont CRITERION_RECORDED SINGLE_PARENT");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerMayNeitherListNorOpenParticipants() {
        assertThatThrownBy(() -> directory.count(ParticipantFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.open(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorDoesNotSeeIdentitiesEither() {
        assertThatThrownBy(() -> directory.find(ParticipantFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.enrol(person("Admin", "Alice"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "PROCUREMENT")
    void theProcurementDepartmentMayNotOpenAFile() {
        assertThatThrownBy(() -> directory.open(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void aFacilitatorEnrolsAndOpensParticipants() {
        Participant participant = directory.enrol(person("Facilitée " + tag(), "Awa"));
        assertThat(directory.open(participant.id()).firstName()).isEqualTo("Awa");
    }

    private List<String> auditOf(UUID participantId) {
        return jdbc.sql("select username || ' ' || action || ' ' || detail from partners.audit_log "
                        + "where participant_id = ? order by id")
                .param(participantId).query(String.class).list();
    }
}
