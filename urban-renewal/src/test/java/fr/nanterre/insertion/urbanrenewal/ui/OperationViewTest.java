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

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.SortDirection;
import fr.nanterre.insertion.procurement.LotSummary;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.urbanrenewal.TestContracts;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The operations' list, form and page; each test names its own projects and contracts (the database is shared). */
class OperationViewTest extends CharterScreenTest {

    private Operation worksOf(String project) {
        Project created = projects.create(CharterTestData.project(project));
        return operations.create(created.id(), CharterTestData.runningWorks("Réhabilitation " + project, clock));
    }

    private OperationView open(Operation operation) {
        return navigate("operations-renovation/" + operation.id(), OperationView.class);
    }

    private String figure(String id) {
        return $(Span.class).id(id).getText();
    }

    /**
     * A button of the first lot's actions column, found by its id ("work-hours-0", "unlink-0"); null when the user
     * may not see it.
     */
    private Button lotAction(OperationView view, String id) {
        int actions = view.lots.getColumns().indexOf(view.lots.getColumnByKey("actions"));
        return test(view.lots).getCellComponent(0, actions).getChildren()
                .filter(child -> child instanceof Button && child.getId().filter(id::equals).isPresent())
                .map(Button.class::cast).findFirst().orElse(null);
    }

    /** Searches the lot as a user types its contract's reference, and links it. */
    private LinkLotDialog link(OperationView view, String reference) {
        test(view.linkLot).click();
        LinkLotDialog dialog = $(LinkLotDialog.class).single();
        test(dialog.lot).setFilter(reference);
        assertThat(test(dialog.lot).getSuggestions()).singleElement().asString().startsWith(reference + " — lot 1");
        LotSummary lot = test(dialog.lot).getSuggestionItems().getFirst();
        test(dialog.lot).selectItem(dialog.lot.getItemLabelGenerator().apply(lot));
        test(dialog.save).click();
        return dialog;
    }

    @Test
    void theLinkedLotsExportWithTheirTargetsAndHoursOfWorkAsNumbers() throws IOException {
        Operation works = worksOf("PRUS Écran export");
        TestContracts.millionEuroLot(contracts, "ECRAN-EXPORT-1", "Hauts-de-Seine Habitat");
        OperationView view = open(works);
        link(view, "ECRAN-EXPORT-1");

        ExportButton export = $(ExportButton.class).single();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(export)))) {
            Row lot = workbook.getSheetAt(0).getRow(1);
            assertThat(lot.getCell(0).getStringCellValue()).isEqualTo("ECRAN-EXPORT-1");
            assertThat(lot.getCell(3).getNumericCellValue()).isEqualTo(833);
            assertThat(lot.getCell(4).getNumericCellValue()).isEqualTo(16_667);
        }
    }

    @Test
    void aLinkedLotShowsItsHoursOfWorkAndTheTargetAtTheProjectsRateOrAtTheRateOfLocalManagement() {
        Operation works = worksOf("PRUS Écran lien");
        Contract contract = TestContracts.millionEuroLot(contracts, "ECRAN-LIEN-1", "Hauts-de-Seine Habitat");
        OperationView view = open(works);
        assertThat(figure("operation-target")).isEqualTo("0 h");

        LinkLotDialog dialog = link(view, "ECRAN-LIEN-1");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.lots).size()).isEqualTo(1);
        assertThat(test(view.lots).getCellText(0, 0)).isEqualTo("ECRAN-LIEN-1");
        assertThat(test(view.lots).getCellText(0, 1)).isEqualTo("Hauts-de-Seine Habitat");
        assertThat(test(view.lots).getCellText(0, 2)).isEqualTo("1 – Gros œuvre");
        assertThat(test(view.lots).getCellText(0, 3)).isEqualTo("833 h");
        assertThat(test(view.lots).getCellText(0, 4)).isEqualTo("16\u202F667 h");
        assertThat(test(view.lots).getCellText(0, 5)).isEqualTo("—");
        assertThat(test(view.lots).getCellText(0, 6)).isEqualTo("Prévu");
        assertThat(figure("operation-rate")).isEqualTo("5 %");
        assertThat(figure("operation-rate-source")).isEqualTo("taux du projet");
        assertThat(figure("operation-target")).isEqualTo("833 h");
        assertThat(figure("operation-work-hours")).isEqualTo("5 % de 16\u202F667 h de travail");
        assertThat(figure("operation-clauses-target")).isEqualTo("833 h");
        assertThat($(HorizontalLayout.class).withId("operation-coverage").exists()).as("the clause covers it").isFalse();
        assertThat(operations.find(works.id()).orElseThrow().lots()).extracting(l -> l.lotId())
                .containsExactly(TestContracts.lotOf(contract));

        Operation gup = operations.create(works.projectId(), CharterTestData.operation("GUP Écran lien",
                OperationCategory.LOCAL_MANAGEMENT, works.startDate(), works.endDate()));
        TestContracts.millionEuroLot(contracts, "ECRAN-LIEN-2", "Hauts-de-Seine Habitat");
        OperationView management = open(gup);
        link(management, "ECRAN-LIEN-2");
        assertThat(figure("operation-rate")).isEqualTo("10 %");
        assertThat(figure("operation-rate-source")).isEqualTo("taux de la catégorie Gestion urbaine de proximité (GUP)");
        assertThat(figure("operation-target")).isEqualTo("1\u202F667 h");
        assertThat($(HorizontalLayout.class).id("operation-coverage").getElement().getTextRecursively())
                .isEqualTo("Les clauses ne couvrent pas la charte");
    }

    @Test
    void aLotLinkedTwiceIsToldNextToTheFieldWithTheOperationItCarriesOut() {
        Operation first = worksOf("PRUS Écran double");
        Operation second = operations.create(first.projectId(), CharterTestData.runningWorks("Résidentialisation", clock));
        Contract contract = TestContracts.millionEuroLot(contracts, "ECRAN-DOUBLE-1", "Ville de Nanterre");
        operations.link(first, TestContracts.lotOf(contract));

        LinkLotDialog dialog = link(open(second), "ECRAN-DOUBLE-1");

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.lot.isInvalid()).isTrue();
        assertThat(dialog.lot.getErrorMessage())
                .isEqualTo("Ce lot est déjà lié à l'opération « Réhabilitation PRUS Écran double »");
        assertThat(operations.find(second.id()).orElseThrow().lots()).isEmpty();
    }

    @Test
    void theRealisedHoursAndTheQpvShareFollowTheHoursCountedOnTheLinkedClause() {
        Operation works = worksOf("PRUS Écran heures");
        Contract contract = TestContracts.millionEuroLot(contracts, "ECRAN-HEURES-1", "Hauts-de-Seine Habitat");
        operations.link(works, TestContracts.lotOf(contract));

        CharterTestData.publish(transactions, events, CharterTestData.threePeople(TestContracts.clauseOf(contract), clock));
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> progress.ofOperation(works.id())
                .orElseThrow().standing().realised().compareTo(new BigDecimal("150")) == 0);
        open(works);

        assertThat(figure("operation-realised")).isEqualTo("150 h");
        assertThat(figure("operation-percent")).isEqualTo("18 %");
        assertThat($(ProgressBar.class).first().getValue()).isCloseTo(0.18, org.assertj.core.data.Offset.offset(0.001));
        assertThat(figure("operation-qpv-share")).isEqualTo("66,7 %");
        assertThat(figure("operation-hours-qpv")).isEqualTo("100 h");
        assertThat(figure("operation-hours-nanterre")).isEqualTo("50 h");
        assertThat(figure("operation-hours-other")).isEqualTo("30 h");
        assertThat(figure("operation-hours")).isEqualTo("180 h");
        assertThat(figure("operation-people")).isEqualTo("3");
        assertThat(figure("operation-women")).isEqualTo("1");
        assertThat(figure("operation-under-26")).isEqualTo("1");
        assertThat(figure("operation-over-50")).isEqualTo("1");
        assertThat(figure("operation-qpv-people")).isEqualTo("1");
        assertThat(figure("operation-contracts")).isEqualTo("3");
        assertThat(figure("operation-status")).as("started last year, 150 h of 833 h").isEqualTo("En retard");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerSeesCountsOfFewerThanFivePeopleAsSuchAndNoButtonToChangeAnything() {
        Contract contract = as(security, () -> TestContracts.millionEuroLot(contracts, "ECRAN-LECTEUR-1",
                "Ville de Nanterre"), Roles.PROCUREMENT);
        Operation works = as(security, () -> {
            Operation created = worksOf("PRUS Écran lecteur ops");
            return operations.link(created, TestContracts.lotOf(contract));
        }, Roles.URBAN_RENEWAL);
        CharterTestData.publish(transactions, events, CharterTestData.threePeople(TestContracts.clauseOf(contract), clock));
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> progress.ofOperation(works.id())
                .orElseThrow().standing().figures().people() == 3);

        OperationView view = open(works);
        assertThat(figure("operation-realised")).isEqualTo("150 h");
        assertThat(figure("operation-qpv-share")).isEqualTo("66,7 %");
        for (String count : new String[] {"operation-people", "operation-women", "operation-under-26",
                "operation-over-50", "operation-qpv-people", "operation-contracts"}) {
            assertThat(figure(count)).as(count).isEqualTo("< 5");
        }
        assertThat(view.linkLot.isVisible()).isFalse();
        assertThat(view.overrideRate.isVisible()).isFalse();
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(lotAction(view, "work-hours-0")).as("no action on the lot").isNull();

        navigate("renovation-urbaine/" + works.projectId(), ProjectView.class);
        assertThat(figure("project-people")).isEqualTo("< 5");
        assertThat(figure("project-contracts")).isEqualTo("< 5");
        assertThat(figure("project-realised")).isEqualTo("150 h");

        OperationsView list = navigate(OperationsView.class);
        assertThat(list.create.isVisible()).isFalse();
    }

    @Test
    void aRateOfItsOwnNeedsARateAndAReasonAndShowsWhoSetItWhenAndWhy() {
        Operation works = worksOf("PRUS Écran taux");
        operations.link(works, TestContracts.lotOf(TestContracts.millionEuroLot(contracts, "ECRAN-TAUX-1",
                "Ville de Nanterre")));
        OperationView view = open(works);

        test(view.overrideRate).click();
        RateOverrideForm form = $(RateOverrideForm.class).single();
        assertThat(form.remove.isVisible()).isFalse();
        test(form.percent).setValue(new BigDecimal("120"));
        test(form.save).click();
        assertThat(form.percent.getErrorMessage()).isEqualTo("Le taux est compris entre 0 (exclu) et 100 %");
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("Indiquez pourquoi l'opération a son propre taux");
        assertThat(form.isOpened()).isTrue();

        test(form.percent).setValue(new BigDecimal("8"));
        test(form.reason).setValue("Avenant n° 2 à la charte");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(figure("operation-rate")).isEqualTo("8 %");
        assertThat(figure("operation-rate-source")).startsWith("taux propre, fixé par r.urbaine le ")
                .endsWith(" : Avenant n° 2 à la charte (taux hérité : 5 %)");
        assertThat(figure("operation-target")).isEqualTo("1\u202F333 h");

        test(view.overrideRate).click();
        RateOverrideForm again = $(RateOverrideForm.class).single();
        assertThat(again.percent.getValue()).isEqualByComparingTo("8");
        test(again.remove).click();
        assertThat(figure("operation-rate")).isEqualTo("5 %");
        assertThat(figure("operation-target")).isEqualTo("833 h");
        assertThat(operations.find(works.id()).orElseThrow().rateOverride()).isNull();
    }

    @Test
    void hoursOfWorkEnteredByHandReplaceTheEstimateAndAreNeverNegative() {
        Operation works = worksOf("PRUS Écran saisie");
        operations.link(works, TestContracts.lotOf(TestContracts.millionEuroLot(contracts, "ECRAN-SAISIE-1",
                "Ville de Nanterre")));
        OperationView view = open(works);

        assertThat(lotAction(view, "work-hours-0").getId()).hasValue("work-hours-0");
        test(lotAction(view, "work-hours-0")).click();
        WorkHoursDialog dialog = $(WorkHoursDialog.class).single();
        assertThat(dialog.hours.getHelperText()).isEqualTo("Estimation de la clause : 16\u202F667 h");
        test(dialog.hours).setValue(-5);
        test(dialog.save).click();
        assertThat(dialog.hours.isInvalid()).isTrue();
        assertThat(dialog.hours.getErrorMessage()).isEqualTo("Les heures de travail ne sont pas négatives");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.hours).setValue(20000);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.lots).getCellText(0, 5)).isEqualTo("20\u202F000 h");
        assertThat(figure("operation-target")).isEqualTo("1\u202F000 h");
    }

    @Test
    void aLotIsUnlinkedOnlyOnceTheUserConfirms() {
        Operation works = worksOf("PRUS Écran délier");
        operations.link(works, TestContracts.lotOf(TestContracts.millionEuroLot(contracts, "ECRAN-DELIER-1",
                "Ville de Nanterre")));
        OperationView view = open(works);

        test(lotAction(view, "unlink-0")).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(test(view.lots).size()).isEqualTo(1);

        test(lotAction(view, "unlink-0")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).startsWith("Délier « ECRAN-DELIER-1 — lot 1 Gros œuvre (Ville de Nanterre) »");
        test(confirm).confirm();
        assertThat(test(view.lots).size()).isZero();
        assertThat(figure("operation-target")).isEqualTo("0 h");
        assertThat(operations.find(works.id()).orElseThrow().lots()).isEmpty();
    }

    @Test
    void theOperationFormTellsMissingFieldsAndAnEndBeforeTheStartAndTheListFilters() {
        Project university = projects.create(CharterTestData.project("PRUS Écran formulaire Université"));
        projects.create(CharterTestData.project("PRUS Écran formulaire Petit Nanterre"));
        OperationsView list = navigate(OperationsView.class);
        test(list.create).click();
        OperationForm form = $(OperationForm.class).single();
        assertThat(form.project.isVisible()).as("chosen from the list of all operations").isTrue();
        test(form.save).click();
        assertThat(form.project.getErrorMessage()).isEqualTo("Champ obligatoire");
        assertThat(form.name.getErrorMessage()).isEqualTo("Champ obligatoire");
        assertThat(form.ownerKind.getErrorMessage()).isEqualTo("Champ obligatoire");
        assertThat(form.category.getErrorMessage()).isEqualTo("Champ obligatoire");
        assertThat(form.endDate.getErrorMessage()).isEqualTo("Champ obligatoire");

        test(form.project).selectItem("PRUS Écran formulaire Université");
        test(form.name).setValue("Démolition de la tour 12");
        test(form.ownerKind).selectItem("Aménageur");
        test(form.ownerName).setValue("Paris La Défense");
        test(form.category).selectItem("Travaux");
        form.startDate.setValue(LocalDate.of(2027, 9, 1));
        form.endDate.setValue(LocalDate.of(2027, 3, 1));
        test(form.save).click();
        assertThat(form.endDate.isInvalid()).isTrue();
        assertThat(form.endDate.getErrorMessage()).isEqualTo("La fin précède le début");
        assertThat(form.isOpened()).isTrue();

        form.endDate.setValue(LocalDate.of(2028, 6, 30));
        test(form.save).click();
        OperationView page = (OperationView) getCurrentView();
        assertThat(page.operation.name()).isEqualTo("Démolition de la tour 12");
        assertThat(page.operation.projectId()).isEqualTo(university.id());

        OperationsView filtered = navigate(OperationsView.class);
        test(filtered.projectFilter).selectItem("PRUS Écran formulaire Université");
        assertThat(test(filtered.grid).size()).isEqualTo(1);
        assertThat(test(filtered.grid).getCellText(0, 1)).isEqualTo("PRUS Écran formulaire Université");
        assertThat(test(filtered.grid).getCellText(0, 2)).isEqualTo("Aménageur");
        test(filtered.categoryFilter).selectItem("Gestion urbaine de proximité (GUP)");
        assertThat(test(filtered.grid).size()).isZero();
        filtered.categoryFilter.clear();
        test(filtered.ownerKindFilter).selectItem("Aménageur");
        test(filtered.search).setValue("tour 12");
        assertThat(test(filtered.grid).size()).isEqualTo(1);
        assertThat(filtered.filter().ownerKind()).isEqualTo(OwnerKind.DEVELOPER);
        filtered.ownerKindFilter.clear();
        filtered.search.clear();
        operations.create(university.id(), CharterTestData.runningWorks("Aménagement des berges", clock));
        test(filtered.grid).sortByColumn(0, SortDirection.ASCENDING);
        assertThat(test(filtered.grid).getCellText(0, 0)).isEqualTo("Aménagement des berges");
        for (int column : new int[] {0, 2, 3, 4, 5, 6}) {
            test(filtered.grid).sortByColumn(column, SortDirection.DESCENDING);
            assertThat(test(filtered.grid).size()).as("sorted by column %d", column).isEqualTo(2);
        }
        assertThat(test(filtered.grid).isColumnSortable(1)).as("projects are named from the list read once")
                .isFalse();
        test(filtered.search).setValue("tour 12");
        test(filtered.grid).clickRow(0);
        assertThat(((OperationView) getCurrentView()).operation.id()).isEqualTo(page.operation.id());
    }
}
