package fr.nanterre.insertion.urbanrenewal.ui;

import static fr.nanterre.fixtures.ui.Downloads.download;
import static fr.nanterre.insertion.urbanrenewal.ui.CharterTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.urbanrenewal.TestContracts;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OperationDetails;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.platform.security.Roles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The yearly report of a project whose social landlord's works counted 180 h this year (150 h of Nanterre
 * residents, 100 h of them in QPV, three people) and whose City's local management has counted nothing yet.
 */
class CharterReportViewTest extends CharterScreenTest {



    private int year() {
        return LocalDate.now(clock).getYear();
    }

    /** A project, its two operations and their lots, and this year's hours on the works' clause. */
    private Project projectWithHours(String name) {
        return as(security, () -> {
            Project project = projects.create(CharterTestData.project(name));
            Operation works = operations.create(project.id(), CharterTestData.runningWorks("Réhabilitation Zilina", clock));
            Operation gup = operations.create(project.id(), new OperationDetails("Gestion de proximité",
                    OwnerKind.CITY, "Ville de Nanterre", OperationCategory.LOCAL_MANAGEMENT, works.startDate(),
                    works.endDate()));
            Contract landlord = TestContracts.millionEuroLot(contracts, name + "-1", "Hauts-de-Seine Habitat");
            Contract city = TestContracts.millionEuroLot(contracts, name + "-2", "Ville de Nanterre");
            operations.link(works, TestContracts.lotOf(landlord));
            operations.link(gup, TestContracts.lotOf(city));
            CharterTestData.publish(transactions, events, CharterTestData.threePeople(TestContracts.clauseOf(landlord), clock));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> progress.of(project.id())
                    .standing().realised().compareTo(new BigDecimal("150")) == 0);
            return project;
        }, Roles.URBAN_RENEWAL, Roles.PROCUREMENT);
    }

    private CharterReportView open(Project project) {
        return navigate("renovation-urbaine/" + project.id() + "/bilan", CharterReportView.class);
    }

    @Test
    void theYearsReportShowsTheTotalAndTheLinesByOwnerCategoryAndOperation() {
        Project project = projectWithHours("ECRAN-BILAN");
        CharterReportView view = open(project);

        assertThat(view.year.getValue()).as("this year by default").isEqualTo(year());
        assertThat($(H3.class).from(view.report).single().getText())
                .isEqualTo("Charte locale d'insertion – ECRAN-BILAN – bilan " + year());
        assertThat($(H4.class).from(view.report).all()).extracting(H4::getText).containsExactly(
                "Ensemble du projet", "Par maître d'ouvrage", "Par catégorie", "Par opération");
        List<Grid> grids = $(Grid.class).from(view.report).all();
        assertThat(row(grids.get(0), 0)).containsExactly("ECRAN-BILAN", "2\u202F500", "180", "150", "100", "66,7",
                "3", "3", "150", "6", "En retard");
        assertThat(row(grids.get(1), 0)).containsExactly("Hauts-de-Seine Habitat", "833", "180", "150", "100",
                "66,7", "3", "3", "150", "18", "En retard");
        assertThat(row(grids.get(1), 1)).containsExactly("Ville de Nanterre", "1\u202F667", "0", "0", "0", "—", "0",
                "0", "0", "0", "En retard");
        assertThat(row(grids.get(2), 0).getFirst()).isEqualTo("Travaux");
        assertThat(row(grids.get(2), 1).getFirst()).isEqualTo("Gestion urbaine de proximité (GUP)");
        assertThat(row(grids.get(3), 0).subList(0, 3)).containsExactly("Réhabilitation Zilina",
                "Hauts-de-Seine Habitat", "833");
        assertThat(test(grids.get(3)).getHeaderCell(3)).isEqualTo("Heures en " + year());

        view.year.setValue(year() - 1);
        grids = $(Grid.class).from(view.report).all();
        List<String> lastYear = row(grids.get(0), 0);
        assertThat(List.of(lastYear.get(0), lastYear.get(1), lastYear.get(3), lastYear.get(8)))
                .as("no Nanterre resident's hour counted last year, nor before").containsExactly("ECRAN-BILAN",
                        "2\u202F500", "0", "0");
    }

    @Test
    void theDownloadsHoldTheSameTablesAsSpreadsheetAndPdf() throws IOException {
        Project project = projectWithHours("ECRAN-FICHIERS");
        CharterReportView view = open(project);

        byte[] xlsx = download($(Anchor.class).id("report-xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet total = workbook.getSheet("Ensemble du projet");
            assertThat(values(total.getRow(0))).containsExactly("Projet", "Objectif de la charte (h)",
                    "Heures en " + year(), "dont habitants de Nanterre", "dont habitants des QPV", "Part QPV (%)",
                    "Personnes", "Contrats de travail", "Heures Nanterre depuis le début", "% de l'objectif", "État");
            assertThat(values(total.getRow(1))).containsExactly("ECRAN-FICHIERS", 2500.0, 180.0, 150.0, 100.0, 66.7,
                    3.0, 3.0, 150.0, 6.0, "En retard");
            Sheet operationsSheet = workbook.getSheet("Par opération");
            assertThat(values(operationsSheet.getRow(1)).subList(0, 4)).containsExactly("Réhabilitation Zilina",
                    "Hauts-de-Seine Habitat", 833.0, 180.0);
            assertThat(workbook.getSheet("Par maître d'ouvrage")).isNotNull();
            assertThat(workbook.getSheet("Par catégorie")).isNotNull();
        }

        byte[] pdf = download($(Anchor.class).id("report-pdf"));
        // kept beside the other test outputs, for a look at its pages (pdftoppm)
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"))
                .resolve("bilan-charte.pdf"), pdf);
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
        }
        assertThat(text).contains("Charte locale d'insertion – ECRAN-FICHIERS – bilan " + year(),
                "Ensemble du projet – heures et personnes en " + year(),
                "Ensemble du projet – avancement de la charte et part QPV en " + year(),
                "Par opération – heures et personnes en " + year(), "Document généré le ");
        // the extractor splits numbers at their no-break space, and long names over lines: read without spaces
        String cells = text.toString().replaceAll("[\\s\u00A0]", "");
        assertThat(cells).contains("ECRAN-FICHIERS18015010033", "ECRAN-FICHIERS2500150666,7Enretard",
                "RéhabilitationZilina(Hauts-de-SeineHabitat)");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerReadsCountsOfFewerThanFivePeopleAsSuchOnScreenAndInTheFiles() throws IOException {
        Project project = projectWithHours("ECRAN-BILAN-LECTEUR");
        CharterReportView view = open(project);

        Grid<?> total = $(Grid.class).from(view.report).first();
        assertThat(row(total, 0).subList(5, 8)).containsExactly("66,7", "< 5", "< 5");
        Grid<?> owners = $(Grid.class).from(view.report).all().get(1);
        assertThat(row(owners, 1).subList(6, 8)).as("no one: nothing to hide").containsExactly("0", "0");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download($(Anchor.class).id("report-xlsx"))))) {
            assertThat(values(workbook.getSheet("Ensemble du projet").getRow(1)).subList(5, 8))
                    .containsExactly(66.7, "< 5", "< 5");
        }
    }

    /** What the browser receives when the user clicks the download button. */
    private List<String> row(Grid<?> grid, int index) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < grid.getColumns().size(); column++) {
            cells.add(test(grid).getCellText(index, column));
        }
        return cells;
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
