package fr.nanterre.insertion.facilitation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Verdict;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.NotEligibleException;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.procurement.ClausesProgressed;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.spreadsheet.XlsxExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Placements, a monthly statement from preview to validation, and the progress it publishes to procurement. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "procurement")
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class LedgerTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Autowired
    ParticipantDirectory participants;
    @Autowired
    PlacementBook placements;
    @Autowired
    StatementImport statements;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Statements stored;

    private String enrolled(String lastName, boolean withRsa) {
        return (withRsa ? TestData.enrolled(participants, jdbc, lastName, TestData.rsa(START.minusDays(5)))
                : TestData.enrolled(participants, jdbc, lastName)).reference();
    }

    private Placement place(String reference, UUID clause, String justification) {
        return placements.place(new NewPlacement(reference, "55210055400013", "Bâtir Seine SA", Modality.DIRECT_HIRE,
                ContractType.CDD, START, START.plusMonths(6), List.of(new ClauseShare(clause, new BigDecimal("100"))),
                justification));
    }

    @Test
    void anEligibleParticipantIsPlacedWithTheCriteriaMetOnTheStartDate() {
        String reference = enrolled("Eligible", true);
        Placement placement = place(reference, UUID.randomUUID(), null);
        assertThat(placement.eligibleAtStart()).isTrue();
        assertThat(placement.criteria()).extracting(c -> c.code()).containsExactly("RSA");
        assertThat(placement.validatedBy()).isEqualTo("f.mef");
    }

    @Test
    void aParticipantWhoIsNotEligibleIsPlacedOnlyWithAJustifiedException() {
        String reference = enrolled("Noneligible", false);
        assertThatThrownBy(() -> place(reference, UUID.randomUUID(), "  ")).isInstanceOf(NotEligibleException.class);
        Placement excepted = place(reference, UUID.randomUUID(), "Sortant de détention, justificatif attendu du SPIP");
        assertThat(excepted.eligibleAtStart()).isFalse();
        assertThat(excepted.exceptionJustification()).startsWith("Sortant de détention");
    }

    @Test
    void sharesAcrossClausesMustSumToOneHundredPercent() {
        String reference = enrolled("Partage", true);
        assertThatIllegalArgumentException().isThrownBy(() -> placements.place(new NewPlacement(reference,
                "55210055400013", "Bâtir", Modality.PROVISION, null, START, null, List.of(
                new ClauseShare(UUID.randomUUID(), new BigDecimal("60")),
                new ClauseShare(UUID.randomUUID(), new BigDecimal("30"))), null)));
    }

    @Test
    void aStatementIsCheckedLineByLineCountsOnceValidatedAndImportingItAgainChangesNothing(Scenario scenario) {
        String reference = enrolled("Releve", true);
        String other = enrolled("Globalise", true);
        UUID clauseA = UUID.randomUUID();
        UUID clauseB = UUID.randomUUID();
        place(reference, clauseA, null);
        placements.place(new NewPlacement(other, "55210055400013", "Bâtir", Modality.PROVISION, null, START, null,
                List.of(new ClauseShare(clauseA, new BigDecimal("60")), new ClauseShare(clauseB, new BigDecimal("40"))),
                null));
        String csv = "\uFEFFRéférence participant;Mois;Heures\n"
                + reference + ";03/2026;151,67\n"
                + reference + ";04/2026;140\n"
                + other + ";04/2026;100\n"
                + "P-1999-999999;03/2026;35\n"
                + reference + ";01/2026;35\n"
                + reference + ";05/2026;250\n"
                + reference + ";06/2026;-7\n"
                + reference + ";04/2026;140\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        Preview preview = statements.preview("releve-avril.csv", file);
        assertThat(preview.lines()).extracting(Verdict::status, Verdict::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Status.ACCEPTED, null),
                org.assertj.core.groups.Tuple.tuple(Status.ACCEPTED, null),
                org.assertj.core.groups.Tuple.tuple(Status.ACCEPTED, null),
                org.assertj.core.groups.Tuple.tuple(Status.REJECTED, "facilitation.statement.reason.unknown-person"),
                org.assertj.core.groups.Tuple.tuple(Status.REJECTED, "facilitation.statement.reason.outside-placement"),
                org.assertj.core.groups.Tuple.tuple(Status.REJECTED, "facilitation.statement.reason.implausible"),
                org.assertj.core.groups.Tuple.tuple(Status.REJECTED, "facilitation.statement.reason.negative"),
                org.assertj.core.groups.Tuple.tuple(Status.REJECTED, "facilitation.statement.reason.duplicate"));

        Statement received = statements.apply(preview);
        assertThat(received.lines()).isEqualTo(3);
        assertThat(received.version()).as("the version stored").isEqualTo(jdbc.sql(
                "select version from facilitation.statement where id = ?").param(received.id()).query(Long.class)
                .single());
        assertThat(ledger.progressOf(List.of(clauseA)).get(clauseA).realisedHours()).as("not validated yet")
                .isEqualByComparingTo("0");

        Statement checked = ledger.check(received);
        scenario.stimulate(() -> ledger.validate(checked))
                .andWaitForEventOfType(ClausesProgressed.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.clauses()).extracting(ClauseTotals::clauseId)
                            .containsExactlyInAnyOrder(clauseA, clauseB);
                    ClauseTotals a = event.clauses().stream().filter(c -> c.clauseId().equals(clauseA)).findFirst()
                            .orElseThrow();
                    // 151.67 + 140 (direct hire) + 60 % of 100 (provision) = 351.67 h, two people
                    assertThat(a.realisedHours()).isEqualByComparingTo("351.67");
                    assertThat(a.people()).isEqualTo(2);
                    assertThat(a.hoursByModality().get(Modality.PROVISION)).isEqualByComparingTo("60");
                });
        assertThat(ledger.progressOf(List.of(clauseB)).get(clauseB).realisedHours()).isEqualByComparingTo("40");
        // the report reaches procurement's read model, where the contract screens read it
        scenario.stimulate(() -> clauseA)
                .andWaitForStateChange(() -> jdbc.sql("select realised_hours from procurement.clause_progress "
                        + "where clause_id = ?").param(clauseA).query(BigDecimal.class).optional(), Optional::isPresent)
                .andVerify(hours -> assertThat(hours.orElseThrow()).isEqualByComparingTo("351.67"));

        Preview again = statements.preview("releve-avril.csv", file);
        assertThat(again.count(Status.ACCEPTED)).isZero();
        assertThat(again.count(Status.ALREADY_RECORDED)).isEqualTo(3);
        assertThat(statements.apply(again)).isNull();
        assertThat(ledger.progressOf(List.of(clauseA)).get(clauseA).realisedHours()).isEqualByComparingTo("351.67");
    }

    /** The dialog's progress bar: a preview says how far it is, never going back, and ends at 1. */
    @Test
    void aPreviewTellsHowFarItIsUpToTheEnd() {
        String reference = enrolled("Progression", true);
        place(reference, UUID.randomUUID(), null);
        StringBuilder csv = new StringBuilder("Référence participant;Mois;Heures\n");
        for (int month = 3; month <= 8; month++) {
            csv.append(reference).append(";%02d/2026;100\n".formatted(month));
        }
        List<Double> told = new java.util.ArrayList<>();

        Preview preview = statements.preview("progression.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                null, java.util.Map.of(), told::add);

        assertThat(preview.acceptedCount()).isEqualTo(6);
        assertThat(told).isSorted().startsWith(0.1).endsWith(1.0);
    }

    @Test
    void hoursEnteredByHandCountAtOnceButNotOutsideThePlacement() {
        String reference = enrolled("Manuel", true);
        UUID clause = UUID.randomUUID();
        Placement placement = place(reference, clause, null);
        assertThatIllegalArgumentException().isThrownBy(() -> ledger.enter(placement.id(), YearMonth.of(2026, 1),
                BigDecimal.TEN));
        assertThatIllegalArgumentException().isThrownBy(() -> ledger.enter(placement.id(), YearMonth.of(2026, 3),
                new BigDecimal("221")));
        ledger.enter(placement.id(), YearMonth.of(2026, 3), new BigDecimal("35.5"));
        assertThat(ledger.progressOf(List.of(clause)).get(clause).realisedHours()).isEqualByComparingTo("35.5");
    }

    @Test
    void aRejectedStatementLeavesTheLedgerAndTheCorrectedOneIsImportedInItsPlace() {
        String reference = enrolled("Rejet", true);
        UUID clause = UUID.randomUUID();
        Placement placement = place(reference, clause, null);
        byte[] wrong = ("Référence participant;Mois;Heures\n" + reference + ";03/2026;15,5\n")
                .getBytes(StandardCharsets.UTF_8);
        Statement received = statements.apply(statements.preview("releve-mars.csv", wrong));
        assertThat(ledger.entriesOf(placement.id())).singleElement()
                .satisfies(entry -> assertThat(entry.counts()).isFalse());

        assertThatIllegalArgumentException().isThrownBy(() -> ledger.reject(received, " "));
        Statement rejected = ledger.reject(received, "Heures d'un autre salarié");
        assertThat(rejected.state()).isEqualTo(StatementState.REJECTED);
        assertThat(rejected.rejectedBy()).isEqualTo("f.mef");
        assertThat(ledger.entriesOf(placement.id())).isEmpty();
        assertThatThrownBy(() -> ledger.check(rejected)).isInstanceOf(IllegalStateException.class);

        byte[] corrected = ("Référence participant;Mois;Heures\n" + reference + ";03/2026;151,67\n")
                .getBytes(StandardCharsets.UTF_8);
        Preview again = statements.preview("releve-mars-corrige.csv", corrected);
        assertThat(again.count(Status.ACCEPTED)).isEqualTo(1);
        Statement replacement = statements.apply(again);
        ledger.validate(ledger.check(replacement));
        assertThat(ledger.entriesOf(placement.id())).singleElement().satisfies(entry -> {
            assertThat(entry.hours()).isEqualByComparingTo("151.67");
            assertThat(entry.statementFile()).isEqualTo("releve-mars-corrige.csv");
            assertThat(entry.counts()).isTrue();
        });
        assertThat(ledger.progressOf(List.of(clause)).get(clause).realisedHours()).isEqualByComparingTo("151.67");

        // the statements list finds them by part of the file name, any case, and by state
        assertThat(ledger.statements(new StatementFilter("RELEVE-MARS", Set.of()), Pageable.ofSize(10)))
                .extracting(Statement::fileName).containsExactly("releve-mars-corrige.csv", "releve-mars.csv");
        assertThat(ledger.statements(new StatementFilter("releve-mars", Set.of(StatementState.REJECTED)),
                Pageable.ofSize(10))).extracting(Statement::rejectionReason).containsExactly("Heures d'un autre salarié");
    }

    /**
     * Issue 14: the statements' list is one plain statement that reads a statement as the aggregate does and sorts as
     * the grid asks; the first page of a statement's lines is audited with the lines it shows, without a count.
     */
    @Test
    @WithMockUser(username = "f.lignes", roles = {"FACILITATOR", "PARTNERS"})
    void theStatementsListReadsWholeStatementsAndTheFirstPageOfLinesIsAuditedWithTheLinesShown() {
        String first = enrolled("Lignea", true);
        String second = enrolled("Ligneb", true);
        UUID clause = UUID.randomUUID();
        place(first, clause, null);
        place(second, clause, null);
        Statement three = ledger.check(statements.apply(statements.preview("releve-lignes.csv",
                ("Référence participant;Mois;Heures\n" + second + ";03/2026;120\n" + first + ";04/2026;90\n" + first
                        + ";03/2026;100\n").getBytes(StandardCharsets.UTF_8))));
        Statement one = statements.apply(statements.preview("releve-lignes-bis.csv",
                ("Référence participant;Mois;Heures\n" + second + ";05/2026;80\n").getBytes(StandardCharsets.UTF_8)));

        StatementFilter both = new StatementFilter("RELEVE-LIGNES", Set.of());
        assertThat(ledger.countStatements(both)).isEqualTo(2);
        assertThat(ledger.statements(both, PageRequest.of(0, 10, Sort.by("lines"))))
                .containsExactly(stored.findById(one.id()).orElseThrow(), stored.findById(three.id()).orElseThrow());
        assertThat(ledger.statements(both, PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "lines"))))
                .extracting(Statement::id).containsExactly(three.id());
        assertThat(ledger.statements(new StatementFilter("lignes", Set.of(StatementState.CHECKED)),
                Pageable.ofSize(10))).extracting(Statement::checkedBy).containsExactly("f.lignes");
        assertThat(ledger.countStatements(new StatementFilter("f.LIGNES", Set.of(StatementState.RECEIVED))))
                .as("who received it, any case").isEqualTo(1);

        // three lines, by reference then month; a first page of two
        assertThat(ledger.linesOf(three.id(), PageRequest.of(0, 2)))
                .extracting(line -> line.participantReference() + " " + line.month())
                .containsExactly(first + " 2026-03", first + " 2026-04");
        assertThat(ledger.linesOf(three.id(), PageRequest.of(1, 2))) // the next page: not logged again
                .extracting(line -> line.participantReference() + " " + line.month())
                .containsExactly(second + " 2026-03");
        assertThat(ledger.countLinesOf(three.id())).isEqualTo(3);
        assertThat(jdbc.sql("select action || ' ' || detail from partners.audit_log where username = ?"
                        + " and action = 'LIST_SHOWN' order by id").param("f.lignes").query(String.class).list())
                .containsExactly("LIST_SHOWN releves: statement=" + three.id() + "; page=0; rows=2");
    }

    @Test
    void anImportThatFailsHalfwayLeavesNothingBehind() {
        String reference = enrolled("Atomique", true);
        UUID clause = UUID.randomUUID();
        Placement placement = place(reference, clause, null);
        byte[] file = ("Référence participant;Mois;Heures\n" + reference + ";03/2026;100\n" + reference
                + ";04/2026;120\n").getBytes(StandardCharsets.UTF_8);
        Preview preview = statements.preview("releve-concurrent.csv", file);
        assertThat(preview.count(Status.ACCEPTED)).isEqualTo(2);
        // between the preview and the import, a facilitator records April by hand
        ledger.enter(placement.id(), YearMonth.of(2026, 4), new BigDecimal("7"));

        assertThatThrownBy(() -> statements.apply(preview))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from facilitation.statement where file_name = 'releve-concurrent.csv'")
                .query(Long.class).single()).isZero();
        assertThat(ledger.entriesOf(placement.id())).extracting(HoursEntry::month, HoursEntry::hours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 4), new BigDecimal("7.00")));
    }

    @Test
    void aStatementSentAsASpreadsheetIsReadLikeItsCsv() {
        String reference = enrolled("Tableur", true);
        place(reference, UUID.randomUUID(), null);
        // hours as a real number cell, months as text, as employers' spreadsheets hold them
        byte[] xlsx = XlsxExport.write("Relevé", List.of("Référence participant", "Mois", "Heures"), Stream.of(
                List.of(reference, "03/2026", new BigDecimal("151.67")),
                List.of("P-1999-999998", "03/2026", new BigDecimal("35"))));

        Preview preview = statements.preview("releve-mars.xlsx", xlsx);
        assertThat(preview.fileError()).isNull();
        assertThat(preview.lines()).extracting(Verdict::line, Verdict::hours, Verdict::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, new BigDecimal("151.67"), Status.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(3, new BigDecimal("35"), Status.REJECTED));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "PROCUREMENT"})
    void onlyFacilitatorsImportCheckValidateOrEnterHours() {
        byte[] file = "Référence participant;Mois;Heures\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> statements.preview("releve.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.enter(UUID.randomUUID(), YearMonth.of(2026, 3), BigDecimal.TEN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.recount(List.of(UUID.randomUUID()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.progressOf(List.of(UUID.randomUUID())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
