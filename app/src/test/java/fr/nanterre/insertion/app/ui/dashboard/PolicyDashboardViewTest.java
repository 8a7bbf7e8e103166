package fr.nanterre.insertion.app.ui.dashboard;

import static fr.nanterre.fixtures.ui.Downloads.download;
import static fr.nanterre.insertion.app.dashboard.DashboardTestData.FROM;
import static fr.nanterre.insertion.app.dashboard.DashboardTestData.TO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;
import fr.nanterre.insertion.Application;
import fr.nanterre.insertion.app.dashboard.DashboardTestData;
import fr.nanterre.insertion.app.dashboard.PolicyDashboard;
import fr.nanterre.insertion.app.dashboard.PolicyFigures;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.platform.report.ReportTable;
import org.apache.poi.ss.usermodel.Cell;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The policy dashboard on {@link DashboardTestData}'s year 2013, written in the test's transaction (rolled back
 * after each test, so the demo data's other tests never see it): the worked numbers, breakdowns that add up to the
 * totals, "&lt; 5" for viewers, no name or reference anywhere, and the same figures in the PDF and the XLSX.
 */
@SpringBootTest(classes = Application.class, properties = "insertion.embedded-postgres.ephemeral=true")
@ActiveProfiles("demo")
@ViewPackages(packages = "fr.nanterre.insertion")
@Transactional
class PolicyDashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PolicyDashboard dashboard;
    @Autowired
    ParticipantRegistry participants;
    @Autowired
    fr.nanterre.insertion.facilitation.ledger.IndicatorRows indicatorRows;

    @BeforeEach
    void aSmallYear() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
        new DashboardTestData(jdbc).write();
        // the fixture writes facilitation's tables in SQL, past its services: its read model counts them now
        indicatorRows.rebuild();
    }

    private PolicyDashboardView open2013() {
        PolicyDashboardView view = navigate(PolicyDashboardView.class);
        view.from.setValue(FROM);
        view.to.setValue(TO);
        view.sinceYear.setValue(2012);
        test($(Button.class).id("dashboard-show")).click();
        return view;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> row(ReportTable table, String label) {
        return (List<Object>) table.rows().stream().filter(row -> row.getFirst().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + label + " in " + table.title() + ": " + table.rows()));
    }

    private static ReportTable table(List<ReportTable> tables, String title) {
        return tables.stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No table " + title));
    }

    private static BigDecimal number(Object value) {
        return new BigDecimal(value.toString());
    }

    /** The sum of a column over every row but the last (the total), against the total. */
    private static void addsUp(ReportTable table, int column) {
        List<List<?>> rows = table.rows();
        BigDecimal sum = rows.subList(0, rows.size() - 1).stream().map(r -> number(r.get(column)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as(table.title() + ", column " + column).isEqualByComparingTo(number(rows.getLast().get(column)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theHeadlineFiguresOfTheYearWithTheChangeFromTheYearBefore() {
        PolicyDashboardView view = open2013();
        List<ReportTable> tables = view.report(FROM, TO, 2012).tables();
        ReportTable headline = tables.getFirst();

        assertThat(row(headline, "Heures d'insertion réalisées")).satisfies(r -> {
            assertThat(number(r.get(1))).isEqualByComparingTo("1607");
            assertThat(number(r.get(2))).isEqualByComparingTo("803.5");
            assertThat(number(r.get(3))).isEqualByComparingTo("100.0");
        });
        assertThat(number(row(headline, "Équivalents temps plein (ETP)").get(1))).as("1,607 h = 1 ETP by default")
                .isEqualByComparingTo("1");
        assertThat(row(headline, "Personnes ayant travaillé").subList(1, 4)).containsExactly(12L, 1L,
                new BigDecimal("1100.0"));
        assertThat(row(headline, "Missions (contrats de travail)").subList(1, 3)).containsExactly(12L, 1L);
        assertThat(row(headline, "Marchés avec une considération sociale").get(1)).isEqualTo(3L);
        assertThat(row(headline, "Entreprises concernées").get(1)).isEqualTo(3L);
        assertThat(number(row(headline, "Pénalités en jeu (€)").get(1))).isEqualByComparingTo("17720");
        assertThat(row(headline, "SIAE soutenues").get(1)).isEqualTo(1L);
        assertThat(number(row(headline, "Subventions accordées (€)").get(1))).isEqualByComparingTo("50000");
        assertThat(number(row(headline, "Subventions versées (€)").get(1))).isEqualByComparingTo("30000");
        assertThat(row(headline, "Personnes en parcours").get(1)).isEqualTo(6L);
        assertThat(row(headline, "Sorties : Emploi durable").get(1)).isEqualTo(1L);

        ReportTable since = table(tables, "Depuis 2012");
        assertThat(row(since, "Missions (contrats de travail)").get(1)).isEqualTo(13L);
        assertThat(number(row(since, "Heures d'insertion réalisées").get(1))).isEqualByComparingTo("2410.5");
        assertThat(number(row(since, "Équivalents temps plein (ETP)").get(1))).as("2,410.5 ÷ 1,607 = 1.5")
                .isEqualByComparingTo("2");

        // on screen: one card per headline figure, and the since-year card
        assertThat($(Div.class).withClassName("headline-figure").all()).hasSize(headline.rows().size() + 1);
        assertThat($(Div.class).id("dashboard-since-figures").getElement().getTextRecursively()).contains("13 Missions");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void everyBreakdownAddsUpToItsTotal() {
        PolicyDashboardView view = open2013();
        List<ReportTable> tables = view.report(FROM, TO, 2012).tables();

        ReportTable months = table(tables, "Heures par mois");
        assertThat(months.rows()).hasSize(13);
        assertThat(number(row(months, "mars 2013").get(1))).isEqualByComparingTo("300");
        assertThat(number(row(months, "mars 2013").get(2))).as("March 2012").isEqualByComparingTo("803.5");
        addsUp(months, 1);
        addsUp(months, 2);
        ReportTable modality = table(tables, "Heures par modalité");
        assertThat(number(row(modality, "Embauche directe").get(1))).isEqualByComparingTo("1150");
        assertThat(number(row(modality, "Mise à disposition (ETTI, AI, GEIQ)").get(1))).isEqualByComparingTo("457");
        addsUp(modality, 1);
        ReportTable buyer = table(tables, "Heures par donneur d'ordre");
        assertThat(row(buyer, "Ville de Nanterre").subList(1, 5)).satisfies(r -> {
            assertThat(number(r.get(0))).isEqualByComparingTo("1050");
            assertThat(r.get(1)).isEqualTo(1L);
            assertThat(r.get(2)).isEqualTo(2000L);
            assertThat(number(r.get(3))).isEqualByComparingTo("1050");
        });
        assertThat(number(row(buyer, "Paris La Défense").get(1))).isEqualByComparingTo("557");
        addsUp(buyer, 1);
        ReportTable clauses = table(tables, "Clauses d'insertion par état");
        assertThat(row(clauses, "Dans les temps").get(1)).isEqualTo(1L);
        assertThat(row(clauses, "Non atteinte").get(1)).isEqualTo(1L);
        addsUp(clauses, 1);
        ReportTable sex = table(tables, "Public par sexe");
        assertThat(row(sex, "Femme").subList(1, 3)).containsExactly(7L, 6L);
        assertThat(row(sex, "Homme").subList(1, 3)).containsExactly(5L, 0L);
        addsUp(sex, 1);
        addsUp(sex, 2);
        ReportTable age = table(tables, "Public par tranche d'âge");
        assertThat(age.rows().stream().map(r -> (Object) r.get(1)).toList()).containsExactly(3L, 6L, 3L, 12L);
        addsUp(age, 1);
        addsUp(age, 2);
        ReportTable residence = table(tables, "Public par lieu de résidence (QPV)");
        assertThat(residence.rows().stream().map(r -> (Object) r.get(1)).toList()).containsExactly(5L, 6L, 1L, 12L);
        addsUp(residence, 1);
        addsUp(residence, 2);
        ReportTable exits = table(tables, "Sorties par catégorie");
        assertThat(exits.rows().stream().map(r -> (Object) r.get(2)).toList()).containsExactly(2L, 1L, 5L, 0L, 8L);
        addsUp(exits, 1);
        addsUp(exits, 2);
        ReportTable pillars = table(tables, "Heures par pilier");
        assertThat(number(pillars.rows().get(0).get(1))).as("hours the SIAE reported").isEqualByComparingTo("12000");
        assertThat(number(pillars.rows().get(3).get(1))).isEqualByComparingTo("1607");
        ReportTable years = table(tables, "Heures par année depuis 2012");
        assertThat(years.rows().stream().map(r -> number(r.get(1)).stripTrailingZeros().toPlainString()).toList())
                .containsExactly("803.5", "1607", "2410.5");
        addsUp(years, 1);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerReadsFewerThanFiveAndNoTotalGivesAHiddenCellAway() {
        PolicyDashboardView view = open2013();
        List<ReportTable> tables = view.report(FROM, TO, 2012).tables();
        ReportTable headline = tables.getFirst();

        assertThat(row(headline, "Personnes ayant travaillé").subList(1, 4)).as("1 person a year earlier, no change")
                .containsExactly(12L, "< 5", null);
        assertThat(row(headline, "Sorties : Emploi durable").get(1)).isEqualTo("< 5");
        assertThat(number(row(headline, "Heures d'insertion réalisées").get(1))).as("hours are no count of people")
                .isEqualByComparingTo("1607");
        ReportTable residence = table(tables, "Public par lieu de résidence (QPV)");
        assertThat(residence.rows().stream().map(r -> (Object) r.get(1)).toList()).as("1 outside Nanterre, and the 5 of the "
                + "QPV hidden with it, or 12 − 6 would give it away").containsExactly("s", 6L, "< 5", 12L);
        ReportTable sex = table(tables, "Public par sexe");
        assertThat(sex.rows().stream().map(r -> (Object) r.get(1)).toList()).containsExactly(7L, 5L, 0L, 12L);
        ReportTable exits = table(tables, "Sorties par catégorie");
        assertThat(exits.rows().stream().map(r -> (Object) r.get(2)).toList()).containsExactly("< 5", "< 5", 5L, 0L, 8L);

        // on screen too
        Grid<?> residenceGrid = $(Grid.class).from(view.breakdowns).all().stream()
                .filter(grid -> test(grid).getCellText(0, 0).equals("Nanterre, QPV")).findFirst().orElseThrow();
        assertThat(test(residenceGrid).getCellText(0, 1)).isEqualTo("s");
        assertThat(test(residenceGrid).getCellText(2, 1)).isEqualTo("< 5");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerSeesNoNameNorReferenceOnTheDashboardNorInItsFiles() throws IOException {
        PolicyDashboardView view = open2013();

        StringBuilder screen = new StringBuilder();
        for (Grid<?> grid : $(Grid.class).from(view.breakdowns).all()) {
            for (int r = 0; r < test(grid).size(); r++) {
                for (int c = 0; c < grid.getColumns().size(); c++) {
                    screen.append(test(grid).getCellText(r, c)).append(' ');
                }
            }
        }
        $(Div.class).withClassName("headline-figure").all().forEach(card -> screen.append(card.getElement().getTextRecursively()));
        String xlsx = text(workbook(download($(Anchor.class).id("dashboard-xlsx"))));
        String pdf = pdfText(download($(Anchor.class).id("dashboard-pdf")));
        for (String shown : List.of(screen.toString(), xlsx, pdf)) {
            assertThat(shown).contains("Ville de Nanterre").doesNotContain(DashboardTestData.NAME, "Alice",
                    DashboardTestData.REFERENCE_PREFIX, "Entreprise témoin");
        }
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theChartsAreDrawnAsSvgOnScreenAndTheSameFiguresGoToThePdfAndTheSpreadsheet() throws IOException {
        open2013();

        for (String chart : List.of("chart-trend", "chart-pillar", "chart-buyer", "chart-clauses", "chart-profile")) {
            String svg = $(Div.class).id(chart).getElement().getProperty("innerHTML");
            assertThat(svg).as(chart).startsWith("<svg").contains("</svg>");
        }
        assertThat($(Div.class).id("chart-buyer").getElement().getProperty("innerHTML"))
                .contains("Ville de Nanterre", "Paris La Défense");

        byte[] pdf = download($(Anchor.class).id("dashboard-pdf"));
        Files.write(Files.createDirectories(Path.of("target")).resolve("bilan-politique-insertion.pdf"), pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("Bilan annuel de la politique d'insertion 2013", "Chiffres clés",
                "Heures par mois, comparées à l'année précédente", "Profil des personnes ayant travaillé",
                "Public par tranche d'âge", "Charte locale d'insertion en 2013");
        String cells = text.replaceAll("[\\s\u00A0]", "");
        assertThat(cells).contains("Heuresd'insertionréalisées1607803,5100", "Personnesayanttravaillé1211100");

        try (XSSFWorkbook workbook = workbook(download($(Anchor.class).id("dashboard-xlsx")))) {
            Sheet headline = workbook.getSheet("Chiffres clés");
            assertThat(values(headline.getRow(0))).containsExactly("Indicateur", "Période", "Un an plus tôt",
                    "Évolution (%)");
            assertThat(values(headline.getRow(1))).containsExactly("Heures d'insertion réalisées", 1607.0, 803.5,
                    100.0);
            assertThat(values(workbook.getSheet("Heures par modalité").getRow(1))).containsExactly(
                    "Embauche directe", 1150.0, 71.6);
        }
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorClicksABuyersBarAndGetsItsContractsAlreadyFiltered() {
        open2013();

        clickBar("chart-buyer", "Paris La Défense");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ContractsView");
        assertLocation("marches?acheteur=Paris%20La%20D%C3%A9fense");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorClicksABuyersLineAndGetsItsContractsAlreadyFiltered() {
        PolicyDashboardView view = open2013();
        Grid<?> buyers = $(Grid.class).from(view.breakdowns).all().stream()
                .filter(grid -> grid.getColumnByKey("c0").getHeaderText().equals("Donneur d'ordre")).findFirst()
                .orElseThrow();
        int row = 0;
        while (!test(buyers).getCellText(row, 0).equals("Ville de Nanterre")) {
            row++;
        }
        test(buyers).clickRow(row);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ContractsView");
        assertLocation("marches?acheteur=Ville%20de%20Nanterre");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorClicksAClauseStatusAPillarOrAFigureAndLandsOnItsList() {
        open2013();
        clickBar("chart-clauses", "Non atteinte");
        assertLocation("marches?conformite=FAILED");

        open2013();
        clickBar("chart-pillar", "1 – SIAE");
        assertLocation("soutien");
        open2013();
        clickBar("chart-pillar", "2 – Marchés");
        assertLocation("marches?consideration=sociale");
        open2013();
        clickBar("chart-pillar", "3 – Rénovation urbaine");
        assertLocation("renovation-urbaine");

        open2013();
        clickCard("Marchés avec une considération sociale");
        assertLocation("marches?consideration=sociale&notifie-du=2013-01-01&notifie-au=2013-12-31");
        open2013();
        clickCard("SIAE soutenues");
        assertLocation("structures?type=SIAE");
        open2013();
        clickCard("Subventions versées (€)");
        assertLocation("soutien");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorGetsNoLinkToTheListsOfPeopleHeMayNotOpen() {
        open2013();

        // placements are the facilitators' and participants the partners' (decision 0010): no band, no handler
        for (String chart : List.of("chart-trend", "chart-profile")) {
            assertThat($(Div.class).id(chart).getElement().getProperty("innerHTML")).as(chart)
                    .doesNotContain("data-bar");
            assertThat(clickListeners($(Div.class).id(chart))).as(chart).isEmpty();
        }
        assertThat($(Div.class).id("chart-pillar").getElement().getProperty("innerHTML"))
                .as("pillar 4 leads to the placements").doesNotContain("<title>4 – MEF (2 + 3)</title>")
                .contains("<title>1 – SIAE</title>");
        Div people = card("Personnes ayant travaillé");
        assertThat(people.getStyle().get("cursor")).isNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void eachBarAndLineLeadsToItsListFilteredForWhoeverMayOpenIt() {
        open2013();
        PolicyFigures figures = dashboard.figures(FROM, TO, 2012);
        DashboardLinks links = new DashboardLinks(FROM, TO, route -> true);
        DashboardTables tables = new DashboardTables(figures, false, Locale.FRENCH,
                participants.criterionLabels(Locale.FRENCH), links);
        tables.all();
        DashboardCharts charts = new DashboardCharts(figures, tables, false);
        DashboardCharts.Chart trend = charts.trend();
        DashboardCharts.Chart pillar = charts.byPillar();
        DashboardCharts.Chart profile = charts.profile();

        assertThat(trend.target(trend.categories().indexOf("mars 13")).orElseThrow().url())
                .isEqualTo("placements?mois=2013-03");
        assertThat(pillar.target(3).orElseThrow().url()).isEqualTo("placements?mois=2013-01&mois-au=2013-12");
        assertThat(profile.target(profile.categories().indexOf("Femme")).orElseThrow().url())
                .isEqualTo("participants?parcours-du=2013-01-01&parcours-au=2013-12-31&sexe=FEMALE");
        assertThat(profile.target(profile.categories().indexOf("50 ans et plus")).orElseThrow().url())
                .isEqualTo("participants?parcours-du=2013-01-01&parcours-au=2013-12-31&age=FROM_50");
        assertThat(charts.byBuyer().links().get("Paris La Défense").url())
                .isEqualTo("marches?acheteur=Paris%20La%20D%C3%A9fense");
        assertThat(trend.svg()).contains("data-bar='2'", "<title>mars 13</title>");

        assertThat(links.at("Heures par mois").get("mars 2013").url()).isEqualTo("placements?mois=2013-03");
        assertThat(links.at("Heures par modalité").get("Embauche directe").url())
                .isEqualTo("placements?mois=2013-01&mois-au=2013-12&modalite=DIRECT_HIRE");
        assertThat(links.at("Heures par année depuis 2012").get("2012").url())
                .isEqualTo("placements?mois=2012-01&mois-au=2012-12");
        assertThat(links.at("Public par lieu de résidence (QPV)").get("Nanterre, QPV").url())
                .isEqualTo("participants?parcours-du=2013-01-01&parcours-au=2013-12-31&residence=NANTERRE_QPV");
        assertThat(links.at("Public par critère d'éligibilité").values()).extracting(DashboardLinks.Target::url)
                .contains("participants?parcours-du=2013-01-01&parcours-au=2013-12-31&critere=RSA");
        assertThat(links.at("Sorties par catégorie").get("Emploi durable").url())
                .isEqualTo("participants?parcours-du=2013-01-01&parcours-au=2013-12-31&sortie=DURABLE_JOB");
        assertThat(links.at(DashboardLinks.HEADLINE).get("Personnes en parcours").url())
                .isEqualTo("participants?parcours-du=2013-01-01&parcours-au=2013-12-31");
        assertThat(links.at(DashboardLinks.HEADLINE).get("Heures d'insertion réalisées").url())
                .isEqualTo("placements?mois=2013-01&mois-au=2013-12");
        assertThat(links.at(DashboardLinks.SINCE).get(DashboardLinks.SINCE).url())
                .isEqualTo("placements?mois=2012-01&mois-au=2013-12");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerFindsNothingClickable() {
        PolicyDashboardView view = open2013();

        for (String chart : List.of("chart-trend", "chart-pillar", "chart-buyer", "chart-clauses", "chart-profile")) {
            Div picture = $(Div.class).id(chart);
            assertThat(picture.getElement().getProperty("innerHTML")).as(chart).doesNotContain("data-bar",
                    "drill-down");
            assertThat(clickListeners(picture)).as(chart).isEmpty();
        }
        for (Grid<?> grid : $(Grid.class).from(view.breakdowns).all()) {
            test(grid).clickRow(0);
            assertThat(getCurrentView()).isSameAs(view);
        }
        for (Div card : $(Div.class).withClassName("headline-figure").all()) {
            assertThat(card.getStyle().get("cursor")).isNull();
            ComponentUtil.fireEvent(card, new ClickEvent<>(card));
            assertThat(getCurrentView()).isSameAs(view);
        }
    }

    /** What the browser sends when a bar's band is clicked: the band's category index, read from the SVG. */
    private void clickBar(String chart, String category) {
        Div picture = $(Div.class).id(chart);
        Matcher band = Pattern.compile("data-bar='(\\d+)'[^>]*><title>" + Pattern.quote(category) + "</title>")
                .matcher(picture.getElement().getProperty("innerHTML"));
        assertThat(band.find()).as("a band over " + category + " in " + chart).isTrue();
        assertThat(clickListeners(picture)).containsExactly(PolicyDashboardView.BAR_CLICKED);
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(PolicyDashboardView.BAR_CLICKED, band.group(1));
        picture.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picture.getElement(), "click", data));
    }

    private static java.util.Set<String> clickListeners(Div picture) {
        return picture.getElement().getNode().getFeature(ElementListenerMap.class).getExpressions("click");
    }

    private Div card(String label) {
        return $(Div.class).withClassName("headline-figure").all().stream()
                .filter(card -> card.getElement().getTextRecursively().startsWith(label)).findFirst().orElseThrow();
    }

    private void clickCard(String label) {
        Div card = card(label);
        assertThat(card.getStyle().get("cursor")).isEqualTo("pointer");
        ComponentUtil.fireEvent(card, new ClickEvent<>(card));
    }

    /** The location the UI shows: its path and its query parameters (decoded, in any order). */
    private static void assertLocation(String expected) {
        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        Location wanted = new Location(expected);
        assertThat(location.getPath()).isEqualTo(wanted.getPath());
        assertThat(location.getQueryParameters().getParameters()).as(expected)
                .isEqualTo(wanted.getQueryParameters().getParameters());
    }

    private static XSSFWorkbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String text(XSSFWorkbook workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        try (workbook) {
            workbook.forEach(sheet -> {
                text.append(sheet.getSheetName()).append('\n');
                sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append(' ')));
            });
        }
        return text.toString();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
        }
        return text.toString();
    }

    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(switch (cell.getCellType()) {
                case NUMERIC -> cell.getNumericCellValue();
                default -> cell.getStringCellValue();
            });
        }
        return values;
    }
}
