package fr.nanterre.insertion.facilitation.agreement;

import static fr.nanterre.insertion.partners.OutcomeCategory.DURABLE_JOB;
import static fr.nanterre.insertion.partners.OutcomeCategory.OTHER;
import static fr.nanterre.insertion.partners.OutcomeCategory.POSITIVE_EXIT;
import static fr.nanterre.insertion.partners.OutcomeCategory.TRANSITION_JOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.agreement.AgreementReport.Comparison;
import fr.nanterre.insertion.facilitation.agreement.AgreementReport.Measure;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.ParticipantExited;
import fr.nanterre.insertion.partners.participant.ExitOutcome;
import fr.nanterre.insertion.partners.participant.NewExit;
import fr.nanterre.insertion.partners.participant.NewPathway;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.Pathway;
import fr.nanterre.insertion.partners.participant.PathwayFollowUp;
import fr.nanterre.insertion.procurement.Modality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The MEF's agreement and its yearly report, from facilitation's own ledger, placements and copy of the exits.
 * The database is shared by the module's tests: each test works in years no other test uses (the report in 2025).
 * The Spring context is the one the module's other tests use (a context of its own, with other settings, would
 * leave the static security context to it, which {@code PlacementBook} and {@code Ledger} read).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class MefAgreementsTest {

    @Autowired
    MefAgreements agreements;
    @Autowired
    ParticipantDirectory participants;
    @Autowired
    PathwayFollowUp pathways;
    @Autowired
    PlacementBook placements;
    @Autowired
    StatementImport statements;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CountingSettings settings;

    private static AgreementTerms terms(int year, int objectiveHours) {
        return new AgreementTerms(year, new BigDecimal("150000"), LocalDate.of(year, 1, 20), objectiveHours, 4, 4,
                "Avenant n° 1");
    }

    private Participant enrolled(String lastName, LocalDate proofDate) {
        return TestData.enrolled(participants, jdbc, lastName, TestData.rsa(proofDate));
    }

    private Placement place(Participant participant, Modality modality, LocalDate start) {
        return placements.place(new NewPlacement(participant.reference(), "55210055400013", "Bâtir Seine SA", modality,
                modality == Modality.DIRECT_HIRE ? ContractType.CDI : null, start, null,
                List.of(new ClauseShare(UUID.randomUUID(), new BigDecimal("100"))), null));
    }

    private Statement imported(String... lines) {
        String csv = "Référence participant;Mois;Heures\n" + String.join("\n", lines) + "\n";
        return statements.apply(statements.preview("releve.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** Publishes an exit from a pathway, as partners does, and waits until facilitation has its copy. */
    private void exited(UUID participantId, LocalDate date, OutcomeCategory category, Scenario scenario) {
        UUID pathwayId = UUID.randomUUID();
        scenario.publish(new ParticipantExited(participantId, pathwayId, date, category))
                .andWaitForStateChange(() -> jdbc.sql("""
                                select count(*) from facilitation.participant_exit where pathway_id = ?""")
                        .param(pathwayId).query(Long.class).single(), n -> n > 0);
    }

    private long exitsOf(UUID participantId) {
        return jdbc.sql("select count(*) from facilitation.participant_exit where participant_id = ?")
                .param(participantId).query(Long.class).single();
    }

    @Test
    void theReportCountsTheYearsCountedHoursItsPeopleAndTheExitsOfPeopleTheMefPlaced(Scenario scenario) {
        Participant a = enrolled("Annuel", LocalDate.of(2024, 10, 28));
        Participant b = enrolled("Bilan", LocalDate.of(2025, 2, 25));
        Participant c = enrolled("Controle", LocalDate.of(2025, 5, 27));
        Participant d = enrolled("Dossier", LocalDate.of(2025, 8, 27));
        place(a, Modality.DIRECT_HIRE, LocalDate.of(2024, 11, 1));
        Placement provision = place(b, Modality.PROVISION, LocalDate.of(2025, 3, 1));
        place(c, Modality.DIRECT_HIRE, LocalDate.of(2025, 6, 1));
        Placement noHours = place(d, Modality.DIRECT_HIRE, LocalDate.of(2025, 9, 1));

        // validated: A's December 2024 belongs to the year before
        ledger.validate(ledger.check(imported(a.reference() + ";12/2024;100", a.reference() + ";01/2025;151,67",
                a.reference() + ";02/2025;140", b.reference() + ";03/2025;100")));
        // checked but not validated: does not count yet
        ledger.check(imported(c.reference() + ";06/2025;70"));
        // entered by hand: counts at once
        ledger.enter(provision.id(), YearMonth.of(2025, 4), new BigDecimal("50"));
        ledger.enter(noHours.id(), YearMonth.of(2025, 9), BigDecimal.ZERO);

        // A leaves their pathway for a CDI, recorded in partners
        Pathway pathway = pathways.open(a.id(), new NewPathway(LocalDate.of(2024, 10, 1), null));
        scenario.stimulate(() -> pathways.exit(pathway, new NewExit(LocalDate.of(2025, 3, 31), ExitOutcome.CDI)))
                .andWaitForStateChange(() -> exitsOf(a.id()), n -> n > 0);
        exited(b.id(), LocalDate.of(2025, 10, 15), TRANSITION_JOB, scenario);
        exited(c.id(), LocalDate.of(2025, 12, 31), POSITIVE_EXIT, scenario);
        exited(d.id(), LocalDate.of(2025, 11, 30), OTHER, scenario);
        // not counted: before C's placement started, in the next year, of someone the MEF never placed
        exited(c.id(), LocalDate.of(2025, 4, 30), POSITIVE_EXIT, scenario);
        exited(d.id(), LocalDate.of(2026, 1, 5), DURABLE_JOB, scenario);
        exited(UUID.randomUUID(), LocalDate.of(2025, 5, 1), DURABLE_JOB, scenario);

        agreements.agree(terms(2025, 500));
        AgreementReport report = agreements.report(2025).orElseThrow();

        // 151.67 + 140 (direct hire) + 100 + 50 (provision) = 441.67 h; C's 70 h are not validated
        assertThat(settings.coefficient(Modality.PROVISION)).isEqualByComparingTo("1");
        assertThat(report.hours()).isEqualByComparingTo("441.67");
        // 441.67 ÷ 1,607 = 0.274…
        assertThat(report.fullTimeEquivalents()).isEqualByComparingTo("0.27");
        // A and B; D worked 0 h
        assertThat(report.people()).isEqualTo(2);
        // B, C and D (A started in 2024)
        assertThat(report.placementsStarted()).isEqualTo(3);
        assertThat(report.exits()).containsExactly(entry(DURABLE_JOB, 1), entry(TRANSITION_JOB, 1),
                entry(POSITIVE_EXIT, 1), entry(OTHER, 1));
        assertThat(report.dynamicExits()).isEqualTo(3);
        assertThat(report.allExits()).isEqualTo(4);
        // 441.67 ÷ 500 = 88.3 %, 2 ÷ 4 = 50 %, 3 ÷ 4 = 75 %
        assertThat(report.comparisons()).extracting(Comparison::measure, Comparison::objective,
                        comparison -> comparison.result().stripTrailingZeros().toPlainString(),
                        comparison -> comparison.rate().toPlainString())
                .containsExactly(tuple(Measure.HOURS, 500, "441.67", "88.3"),
                        tuple(Measure.PEOPLE, 4, "2", "50.0"),
                        tuple(Measure.DYNAMIC_EXITS, 4, "3", "75.0"));

        // with provision counted at 0.8: 151.67 + 140 + (100 + 50) × 0.8 = 411.67 h
        CountingSettings provisionAt80 = new CountingSettings(Map.of(Modality.PROVISION, new BigDecimal("0.8")),
                settings.maxMonthlyHours());
        assertThat(new YearResults(jdbc, provisionAt80).counted(2025).hours()).isEqualByComparingTo("411.67");
    }

    @Test
    void aYearWithoutAgreementHasNoReportAndAZeroObjectiveHasNoRate() {
        assertThat(agreements.report(2035)).isEmpty();
        agreements.agree(new AgreementTerms(2036, BigDecimal.TEN, LocalDate.of(2036, 2, 1), 0, 0, 0, null));
        AgreementReport report = agreements.report(2036).orElseThrow();
        assertThat(report.hours()).isEqualByComparingTo("0");
        assertThat(report.comparisons()).extracting(Comparison::rate).containsOnlyNulls();
    }

    @Test
    void thereIsOneAgreementAYear() {
        agreements.agree(terms(2031, 1000));
        assertThatThrownBy(() -> agreements.agree(terms(2031, 2000))).isInstanceOf(DuplicateAgreementException.class);
        MefAgreement other = agreements.agree(terms(2033, 1000));
        assertThatThrownBy(() -> agreements.change(other, terms(2031, 1000)))
                .isInstanceOf(DuplicateAgreementException.class);
        assertThat(agreements.change(other, terms(2034, 1000)).year()).isEqualTo(2034);
    }

    @Test
    void aChangeOrARemovalFromAnOlderVersionIsRefusedAndNothingIsOverwritten() {
        MefAgreement agreed = agreements.agree(terms(2030, 1000));
        MefAgreement changed = agreements.change(agreed, terms(2030, 1200));
        assertThatThrownBy(() -> agreements.change(agreed, terms(2030, 900)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> agreements.remove(agreed)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(agreements.report(2030).orElseThrow().agreement().terms().objectiveHours()).isEqualTo(1200);

        agreements.remove(changed);
        assertThat(agreements.report(2030)).isEmpty();
    }

    @Test
    void termsBreakingTheirRulesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementTerms(2026, BigDecimal.ZERO,
                LocalDate.of(2026, 1, 1), 1, 1, 1, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementTerms(2026, BigDecimal.ONE,
                LocalDate.of(2026, 1, 1), -1, 1, 1, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AgreementTerms(1999, BigDecimal.ONE,
                LocalDate.of(1999, 1, 1), 1, 1, 1, null));
        assertThat(new AgreementTerms(2026, BigDecimal.ONE, LocalDate.of(2026, 1, 1), 1, 1, 1, "  ").comments())
                .isNull();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerReadsTheAgreementsAndReportsButChangesNothing() {
        MefAgreement any = new MefAgreement(UUID.randomUUID(), terms(2037, 1), 0L);
        assertThatThrownBy(() -> agreements.agree(terms(2037, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.change(any, terms(2037, 2))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.remove(any)).isInstanceOf(AccessDeniedException.class);
        assertThat(agreements.all()).noneMatch(agreement -> agreement.year() == 2037);
        assertThat(agreements.report(2037)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theCityRecordsTheAgreementToo() {
        assertThat(agreements.agree(terms(2038, 1)).version()).isZero();
    }

    @Test
    @WithMockUser(roles = "PROCUREMENT")
    void otherDepartmentsDoNotSeeIt() {
        assertThatThrownBy(() -> agreements.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.report(2025)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void receivingTheSameExitTwiceKeepsOneExit(Scenario scenario) {
        ParticipantExited exit = new ParticipantExited(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2039, 6, 1),
                DURABLE_JOB);
        scenario.publish(exit).andWaitForStateChange(() -> deliveredPublicationsOf(exit), n -> n == 1);
        scenario.publish(exit).andWaitForStateChange(() -> deliveredPublicationsOf(exit), n -> n == 2);
        assertThat(exitsOf(exit.participantId())).isEqualTo(1);
    }

    private long deliveredPublicationsOf(ParticipantExited exit) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where serialized_event like :pathway and completion_date is not null""")
                .param("pathway", "%" + exit.pathwayId() + "%").query(Long.class).single();
    }
}
