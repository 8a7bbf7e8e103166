package fr.nanterre.insertion.facilitation.ui.agreement;

import static fr.nanterre.insertion.partners.OutcomeCategory.DURABLE_JOB;
import static fr.nanterre.insertion.partners.OutcomeCategory.OTHER;
import static fr.nanterre.insertion.partners.OutcomeCategory.POSITIVE_EXIT;
import static fr.nanterre.insertion.partners.OutcomeCategory.TRANSITION_JOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.facilitation.agreement.AgreementReport;
import fr.nanterre.insertion.facilitation.agreement.AgreementTerms;
import fr.nanterre.insertion.facilitation.agreement.MefAgreement;
import fr.nanterre.insertion.facilitation.agreement.MefAgreements;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The agreements screen; each test works in its own years (the database is shared by the module's tests). */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = MefAgreementView.class)
@WithMockUser(username = "f.mef", roles = "FACILITATOR")
class MefAgreementViewTest extends SpringBrowserlessTest {

    /** The figures of MefAgreementsTest's 2025 with provision counted at 0.8, against 500 h, 4 people, 4 exits. */
    private static final AgreementReport REPORT_2025 = new AgreementReport(new MefAgreement(UUID.randomUUID(),
            new AgreementTerms(2025, new BigDecimal("150000"), LocalDate.of(2025, 1, 20), 500, 4, 4, null), 0L),
            new BigDecimal("411.67"), new BigDecimal("0.26"), new BigDecimal("1607"), 2, 3,
            Map.of(DURABLE_JOB, 1, TRANSITION_JOB, 1, POSITIVE_EXIT, 1, OTHER, 1));

    @Autowired
    MefAgreements agreements;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private AgreementForm openNewAgreement(MefAgreementView view) {
        test(view.create).click();
        return $(AgreementForm.class).single();
    }

    private void fill(AgreementForm form, int year) {
        test(form.year).setValue(year);
        test(form.grantAmount).setValue(new BigDecimal("150000"));
        form.signedOn.setValue(LocalDate.of(year, 1, 20));
        test(form.objectiveHours).setValue(12000);
        test(form.objectivePeople).setValue(60);
        test(form.objectiveExits).setValue(20);
    }

    @Test
    void badInputIsToldNextToItsFieldAndNothingIsSaved() {
        MefAgreementView view = navigate(MefAgreementView.class);
        AgreementForm form = openNewAgreement(view);
        fill(form, 2041);
        test(form.grantAmount).setValue(BigDecimal.ZERO);
        test(form.objectiveHours).setValue(-5);
        form.signedOn.clear();
        test(form.save).click();

        assertThat(form.grantAmount.isInvalid()).isTrue();
        assertThat(form.grantAmount.getErrorMessage()).isEqualTo("La subvention est comprise entre 0,01 € et 9 999 999 999,99 €");
        assertThat(form.objectiveHours.getErrorMessage()).isEqualTo("Un objectif n'est pas négatif");
        assertThat(form.signedOn.getErrorMessage()).isEqualTo("Indiquez la date de signature");
        assertThat(form.year.isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();
        assertThat(agreements.all()).noneMatch(agreement -> agreement.year() == 2041);
    }

    @Test
    void aFacilitatorRecordsTheYearsAgreementSeesItsReportAndCannotRecordTheYearTwice() {
        MefAgreementView view = navigate(MefAgreementView.class);
        AgreementForm form = openNewAgreement(view);
        fill(form, 2042);
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(view.grid.asSingleSelect().getValue().year()).isEqualTo(2042);
        assertThat($(H3.class).from(view.report).single().getText()).isEqualTo("Convention MEF – bilan 2042");
        Grid<?> objectives = $(Grid.class).from(view.report).first();
        assertThat(test(objectives).getCellText(0, 0)).isEqualTo("Heures d'insertion");
        assertThat(test(objectives).getCellText(0, 1)).isEqualTo("12\u202F000");
        assertThat(test(objectives).getCellText(2, 0)).isEqualTo("Sorties dynamiques");

        AgreementForm again = openNewAgreement(view);
        fill(again, 2042);
        test(again.save).click();
        assertThat(again.year.getErrorMessage()).isEqualTo("Une convention est déjà enregistrée pour 2042");
        assertThat(again.isOpened()).isTrue();
    }

    @Test
    void theSelectedAgreementIsChangedThroughTheSameForm() {
        MefAgreement agreement = agreements.agree(new AgreementTerms(2045, BigDecimal.TEN, LocalDate.of(2045, 1, 5),
                1, 1, 1, null));
        MefAgreementView view = navigate(MefAgreementView.class);
        select(view, agreement);

        test(view.edit).click();
        AgreementForm form = $(AgreementForm.class).single();
        assertThat(form.year.getValue()).isEqualTo(2045);
        test(form.objectiveHours).setValue(9000);
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(view.grid.asSingleSelect().getValue().terms().objectiveHours()).isEqualTo(9000);
        assertThat(agreements.report(2045).orElseThrow().agreement().version()).isEqualTo(1);
    }

    @Test
    void anAgreementIsDeletedOnlyOnceTheUserConfirms() {
        MefAgreement agreement = agreements.agree(new AgreementTerms(2044, BigDecimal.TEN, LocalDate.of(2044, 1, 5),
                1, 1, 1, null));
        MefAgreementView view = navigate(MefAgreementView.class);
        select(view, agreement);

        test(view.remove).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(agreements.report(2044)).isPresent();

        test(view.remove).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).startsWith("Supprimer la convention 2044 ?");
        test(confirm).confirm();
        assertThat(agreements.report(2044)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerReadsTheAgreementsAndTheReportWithNoButtonToChangeThem() {
        jdbc.sql("""
                insert into facilitation.mef_agreement (id, year, grant_amount, signed_on, objective_hours,
                    objective_people, objective_exits, version)
                values (?, 2043, 90000, date '2043-01-15', 8000, 40, 12, 0)""").param(UUID.randomUUID()).update();
        MefAgreementView view = navigate(MefAgreementView.class);

        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.grid.getListDataView().getItems()).anyMatch(agreement -> agreement.year() == 2043);
        view.search.setValue("2043");
        assertThat(view.grid.getListDataView().getItems()).singleElement()
                .satisfies(agreement -> assertThat(agreement.year()).isEqualTo(2043));
        view.grid.select(view.grid.getListDataView().getItem(0));
        assertThat(view.report.isVisible()).isTrue();
        assertThat($(H3.class).from(view.report).single().getText()).isEqualTo("Convention MEF – bilan 2043");
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.remove.isVisible()).isFalse();
    }

    @Test
    void theReportsWorkbookHoldsItsFiguresAsNumbers() throws IOException {
        byte[] xlsx = new AgreementReportDocument(REPORT_2025, Locale.FRENCH).xlsx();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet objectives = workbook.getSheet("Objectifs et résultats");
            assertThat(objectives.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Taux d'atteinte (%)");
            assertThat(values(objectives.getRow(1))).containsExactly("Heures d'insertion", 500.0, 411.67, 82.3);
            assertThat(values(objectives.getRow(2))).containsExactly("Personnes en emploi", 4.0, 2.0, 50.0);
            assertThat(values(objectives.getRow(3))).containsExactly("Sorties dynamiques", 4.0, 3.0, 75.0);
            Sheet exits = workbook.getSheet("Sorties par catégorie");
            assertThat(values(exits.getRow(1))).containsExactly("Emploi durable", 1.0, "Oui");
            assertThat(values(exits.getRow(4))).containsExactly("Autre sortie", 1.0, "Non");
            assertThat(values(exits.getRow(5)).subList(0, 2)).containsExactly("Total", 4.0);
            Sheet figures = workbook.getSheet("Convention et indicateurs");
            assertThat(values(figures.getRow(1))).containsExactly("Subvention de la Ville (€)", 150000.0);
            assertThat(figures.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 1, 20));
            assertThat(values(figures.getRow(3))).containsExactly("Équivalents temps plein (heures ÷ 1\u202F607)", 0.26);
            assertThat(values(figures.getRow(4))).containsExactly("Mises à l'emploi commencées dans l'année", 3.0);
        }
    }

    @Test
    void theReportsPdfHoldsItsTitleTablesAndFigures() throws IOException {
        byte[] pdf = new AgreementReportDocument(REPORT_2025, Locale.FRENCH).pdf(LocalDate.of(2026, 12, 1));

        String text;
        try (PdfReader reader = new PdfReader(pdf)) {
            text = new PdfTextExtractor(reader).getTextFromPage(1);
        }
        assertThat(text).contains("Convention MEF – bilan 2025",
                "Ville de Nanterre – Maison de l'Emploi et de la Formation (MEF)", "Objectifs et résultats",
                "Sorties par catégorie", "Emploi de transition", "Document généré le 1 décembre 2026");
        // the extractor may glue neighbouring cells and splits numbers at their no-break space: read without spaces
        String figures = text.replaceAll("[\\s\u00A0]", "");
        assertThat(figures).contains("Heuresd'insertion500411,6782,3", "Personnesenemploi4250",
                "Sortiesdynamiques4375", "SubventiondelaVille(€)150000", "0,26");
    }

    private static void select(MefAgreementView view, MefAgreement agreement) {
        view.grid.select(view.grid.getListDataView().getItems()
                .filter(shown -> shown.id().equals(agreement.id())).findFirst().orElseThrow());
    }

    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        row.forEach(cell -> values.add(switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            default -> cell.getStringCellValue();
        }));
        return values;
    }
}
