package fr.nanterre.insertion.facilitation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Column;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.ContractWarning;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Verdict;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import fr.nanterre.insertion.procurement.Modality;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Statements as companies write them: no participant reference, but surname, first name and birth date, the
 * employer's SIRET, French Excel's CSV (BOM, semicolons, decimal commas), or a spreadsheet with a title on top.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "procurement")
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class CompanyStatementTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate BORN = LocalDate.of(1990, 4, 12);
    private static final String HEADER = "SIRET entreprise;Nom;Prénom;Date de naissance;Mois;Heures;Contrat\n";

    @Autowired
    ParticipantDirectory participants;
    @Autowired
    PlacementBook placements;
    @Autowired
    StatementImport statements;
    @Autowired
    JdbcClient jdbc;

    /** Each test its own employers and names: the tests share one database. */
    private static String siret() {
        return "9" + String.format("%013d", ThreadLocalRandom.current().nextLong(10_000_000_000_000L));
    }

    private static String tag() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8);
    }

    private Participant enrolled(String lastName, String firstName, LocalDate birthDate) {
        return TestData.enrolled(participants, jdbc, new ParticipantDetails(lastName, firstName, birthDate,
                Sex.MALE, null, "92000", "Nanterre", "92050", true, true, null, ReferringOrganisation.PLIE),
                TestData.rsa(START.minusDays(5)));
    }

    private Placement place(Participant participant, String siret, UUID clause) {
        return placements.place(new NewPlacement(participant.reference(), siret, "Entreprise " + siret,
                Modality.DIRECT_HIRE, ContractType.CDD, START, START.plusMonths(6),
                List.of(new ClauseShare(clause, new BigDecimal("100"))), null));
    }

    private BigDecimal hoursOf(UUID placementId) {
        return jdbc.sql("select coalesce(sum(hours), 0) from facilitation.hours_entry where placement_id = ?")
                .param(placementId).query(BigDecimal.class).single();
    }

    @Test
    void aCompanyStatementFindsPeopleByNameAndBirthDateAmongTheEmployersPlacements() {
        String siret = siret();
        String other = siret();
        String tag = tag();
        UUID clause = UUID.randomUUID();
        Participant ndiaye = enrolled("N'Diaye " + tag, "Jean-Pierre", BORN);
        Participant lefevre = enrolled("Lefèvre " + tag, "Zoé", BORN);
        Participant elsewhere = enrolled("Ailleurs " + tag, "Anne", BORN);
        Participant twin = enrolled("Jumeau " + tag, "Alex", BORN);
        Participant twinToo = enrolled("JUMEAU " + tag, "alex", BORN);
        Placement ndiayes = place(ndiaye, siret, clause);
        Placement lefevres = place(lefevre, siret, clause);
        place(elsewhere, other, clause);
        place(twin, siret, clause);
        place(twinToo, siret, clause);
        String csv = "\uFEFF" + HEADER
                + siret + ";NDIAYE-" + tag.toUpperCase() + ";Jean Pierre;12/04/1990;03/2026;151,67;CDD\n"
                + siret + ";LEFEVRE " + tag + ";Zoe;1990-04-12;03/2026;120;CDD\n"
                + siret + ";Lefèvre " + tag + ";Zoé;32975;04/2026;100;CDI\n"
                + siret + ";N'Diaye " + tag + ";Jean-Pierre;12/04/1990;03/2026;151,67;CDD\n"
                + siret + ";N'Diaye " + tag + ";Jean-Pierre;12/04/1990;04/2026;400;CDD\n"
                + siret + ";Inconnu " + tag + ";Paul;01/01/1980;03/2026;35;CDD\n"
                + siret + ";Lefèvre " + tag + ";Zoé;;05/2026;35;CDD\n"
                + siret + ";Lefèvre " + tag + ";Zoé;31/02/1990;05/2026;35;CDD\n"
                + siret + ";Ailleurs " + tag + ";Anne;12/04/1990;03/2026;35;CDD\n"
                + siret + ";Jumeau " + tag + ";Alex;12/04/1990;03/2026;35;CDD\n"
                + siret + ";N'Diaye " + tag + ";Jean-Pierre;12/04/1990;01/2026;35;CDD\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        Preview preview = statements.preview("releve-entreprise.csv", file);

        assertThat(preview.fileError()).isNull();
        assertThat(preview.employerSiret()).isEqualTo(siret);
        assertThat(preview.lines()).extracting(Verdict::line, Verdict::status, Verdict::reason).containsExactly(
                tuple(2, Status.ACCEPTED, null),
                tuple(3, Status.ACCEPTED, null),
                tuple(4, Status.ACCEPTED, null),
                tuple(5, Status.REJECTED, "facilitation.statement.reason.duplicate"),
                tuple(6, Status.REJECTED, "facilitation.statement.reason.implausible"),
                tuple(7, Status.REJECTED, "facilitation.statement.reason.unknown-person"),
                tuple(8, Status.REJECTED, "facilitation.statement.reason.birth-date"),
                tuple(9, Status.REJECTED, "facilitation.statement.reason.birth-date"),
                tuple(10, Status.REJECTED, "facilitation.statement.reason.not-placed-here"),
                tuple(11, Status.REJECTED, "facilitation.statement.reason.several-people"),
                tuple(12, Status.REJECTED, "facilitation.statement.reason.outside-placement"));
        assertThat(preview.accepted()).extracting(Verdict::reference, Verdict::month, Verdict::hours,
                Verdict::placementId).containsExactly(
                tuple(ndiaye.reference(), YearMonth.of(2026, 3), new BigDecimal("151.67"), ndiayes.id()),
                tuple(lefevre.reference(), YearMonth.of(2026, 3), new BigDecimal("120"), lefevres.id()),
                tuple(lefevre.reference(), YearMonth.of(2026, 4), new BigDecimal("100"), lefevres.id()));
        // a contract type other than the placement's is accepted, with a warning
        assertThat(preview.accepted()).extracting(Verdict::contractWarning)
                .containsExactly(null, null, new ContractWarning("CDI", "CDD"));
        // the lookup went through partners, which audits it: one line per participant matched
        assertThat(audited(ndiaye.id())).isPositive();
        assertThat(audited(lefevre.id())).isPositive();

        Statement received = statements.apply(preview);
        assertThat(received.lines()).isEqualTo(3);
        assertThat(jdbc.sql("select sum(hours) from facilitation.hours_entry where statement_id = ?")
                .param(received.id()).query(BigDecimal.class).single()).isEqualByComparingTo("371.67");

        // the same file again changes nothing
        Preview again = statements.preview("releve-entreprise.csv", file);
        assertThat(again.count(Status.ACCEPTED)).isZero();
        assertThat(again.count(Status.ALREADY_RECORDED)).isEqualTo(3);
        assertThat(statements.apply(again)).isNull();
        assertThat(hoursOf(ndiayes.id())).isEqualByComparingTo("151.67");
        assertThat(hoursOf(lefevres.id())).isEqualByComparingTo("220");
    }

    @Test
    void aSpreadsheetWithATitleAboveItsHeaderIsRead() throws IOException {
        String siret = siret();
        String tag = tag();
        Participant person = enrolled("Tableur " + tag, "Inès", BORN);
        Placement placement = place(person, siret, UUID.randomUUID());
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Relevé");
            sheet.createRow(0).createCell(0).setCellValue("Relevé mensuel des heures d'insertion - mars 2026");
            Row header = sheet.createRow(2);
            String[] names = {"SIRET entreprise", "Nom de naissance", "Prénom", "Date de naissance", "Période",
                    "Heures travaillées", "Type de contrat"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row line = sheet.createRow(3);
            line.createCell(0).setCellValue(siret);
            line.createCell(1).setCellValue("TABLEUR " + tag);
            line.createCell(2).setCellValue("Ines");
            line.createCell(3).setCellValue("32975");
            line.createCell(4).setCellValue("03/2026");
            line.createCell(5).setCellValue(151.67);
            line.createCell(6).setCellValue("CDD");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Preview preview = statements.preview("releve-mars.xlsx", xlsx);

        assertThat(preview.fileError()).isNull();
        assertThat(preview.lines()).extracting(Verdict::line, Verdict::status, Verdict::hours, Verdict::placementId)
                .containsExactly(tuple(4, Status.ACCEPTED, new BigDecimal("151.67"), placement.id()));
    }

    @Test
    void onePersonWithTwoEmployersHasEachEmployersHoursOnItsOwnPlacement() {
        String first = siret();
        String second = siret();
        String tag = tag();
        Participant person = enrolled("Double " + tag, "Emploi", BORN);
        Placement atFirst = place(person, first, UUID.randomUUID());
        Placement atSecond = place(person, second, UUID.randomUUID());
        String line = ";Double " + tag + ";Emploi;12/04/1990;03/2026;";

        Statement fromFirst = statements.apply(statements.preview("premier.csv",
                (HEADER + first + line + "80;CDD\n").getBytes(StandardCharsets.UTF_8)));
        Statement fromSecond = statements.apply(statements.preview("second.csv",
                (HEADER + second + line + "60;CDD\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(fromFirst.lines()).isEqualTo(1);
        assertThat(fromSecond.lines()).isEqualTo(1);
        assertThat(hoursOf(atFirst.id())).isEqualByComparingTo("80");
        assertThat(hoursOf(atSecond.id())).isEqualByComparingTo("60");
        // a file without SIRET, for the employer chosen in the dialog, credits that employer only
        String noSiret = "Nom;Prénom;Date de naissance;Mois;Heures\nDouble " + tag + ";Emploi;12/04/1990;04/2026;70\n";
        Preview chosen = statements.preview("sans-siret.csv", noSiret.getBytes(StandardCharsets.UTF_8), second,
                Map.of());
        assertThat(chosen.accepted()).extracting(Verdict::placementId).containsExactly(atSecond.id());
        assertThat(statements.preview("sans-siret.csv", noSiret.getBytes(StandardCharsets.UTF_8)).fileError())
                .isEqualTo("facilitation.statement.file.employer");
        // a file naming two employers, or another employer than the one chosen, is refused as a whole
        String both = HEADER + first + line + "80;CDD\n" + second + line + "60;CDD\n";
        assertThat(statements.preview("deux.csv", both.getBytes(StandardCharsets.UTF_8)).fileError())
                .isEqualTo("facilitation.statement.file.several-employers");
        assertThat(statements.preview("autre.csv", (HEADER + first + line + "80;CDD\n")
                .getBytes(StandardCharsets.UTF_8), second, Map.of()).fileError())
                .isEqualTo("facilitation.statement.file.other-employer");
    }

    @Test
    void unrecognisedHeadersMappedOnceAreRememberedForTheEmployer() {
        String siret = siret();
        String tag = tag();
        Participant person = enrolled("Colonnes " + tag, "Maya", BORN);
        Placement placement = place(person, siret, UUID.randomUUID());
        String header = "Salarié;Prénom usuel;Né(e) le;Mois de paie;Quantité\n";
        byte[] march = (header + "Colonnes " + tag + ";Maya;12/04/1990;03/2026;35\n").getBytes(StandardCharsets.UTF_8);

        Preview unread = statements.preview("paie-mars.csv", march, siret, Map.of());
        assertThat(unread.fileError()).isEqualTo("facilitation.statement.file.columns");
        assertThat(unread.headers()).containsExactly("Salarié", "Prénom usuel", "Né(e) le", "Mois de paie",
                "Quantité");
        // what was recognised all the same, for the dialog to show
        assertThat(unread.columns()).containsEntry(Column.FIRST_NAME, "Prénom usuel")
                .containsEntry(Column.MONTH, "Mois de paie");

        Preview mapped = statements.preview("paie-mars.csv", march, siret,
                Map.of("Salarié", Column.LAST_NAME, "Né(e) le", Column.BIRTH_DATE, "Quantité", Column.HOURS));
        assertThat(mapped.fileError()).isNull();
        assertThat(mapped.accepted()).extracting(Verdict::placementId).containsExactly(placement.id());
        statements.apply(mapped);
        assertThat(statements.rememberedColumns(siret)).containsEntry("salarie", Column.LAST_NAME)
                .containsEntry("ne e le", Column.BIRTH_DATE).containsEntry("quantite", Column.HOURS);

        byte[] april = (header + "Colonnes " + tag + ";Maya;12/04/1990;04/2026;40\n").getBytes(StandardCharsets.UTF_8);
        Preview next = statements.preview("paie-avril.csv", april, siret, Map.of());
        assertThat(next.fileError()).isNull();
        assertThat(next.accepted()).extracting(Verdict::placementId, Verdict::hours)
                .containsExactly(tuple(placement.id(), new BigDecimal("40")));
        // another employer's file with those headers is not read with this employer's mapping
        assertThat(statements.preview("paie-avril.csv", april, siret(), Map.of()).fileError())
                .isEqualTo("facilitation.statement.file.columns");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "PROCUREMENT"})
    void onlyFacilitatorsResolveAStatementsPeople() {
        byte[] file = (HEADER + "55210055400013;Nom;Prénom;12/04/1990;03/2026;35;CDD\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> statements.preview("releve.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statements.employers(null, Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void birthDatesAreReadAsCompaniesWriteThem() {
        assertThat(StatementImport.birthDate("12/04/1990")).isEqualTo(BORN);
        assertThat(StatementImport.birthDate("1990-04-12")).isEqualTo(BORN);
        assertThat(StatementImport.birthDate("1990-04-12T00:00")).isEqualTo(BORN);
        assertThat(StatementImport.birthDate("32975")).isEqualTo(BORN);
        assertThat(StatementImport.birthDate("12.04.1990")).isEqualTo(BORN);
        assertThat(StatementImport.birthDate("")).isNull();
        assertThat(StatementImport.birthDate("31/02/1990")).isNull();
        assertThat(StatementImport.birthDate("inconnue")).isNull();
        assertThat(StatementImport.month("2026-03-01")).isEqualTo(YearMonth.of(2026, 3));
        assertThat(StatementImport.month("Mars 2026")).isEqualTo(YearMonth.of(2026, 3));
    }

    private long audited(UUID participantId) {
        return jdbc.sql("select count(*) from partners.audit_log where participant_id = ? and username = 'f.mef'"
                + " and action = 'IDENTITY_MATCHED'").param(participantId).query(Long.class).single();
    }
}
