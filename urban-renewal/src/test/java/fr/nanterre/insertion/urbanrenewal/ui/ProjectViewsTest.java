package fr.nanterre.insertion.urbanrenewal.ui;

import static fr.nanterre.insertion.urbanrenewal.ui.CharterTestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.urbanrenewal.TestContracts;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectDetails;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The projects' list, form and page; each test names its own projects (the database is shared by the tests). */
class ProjectViewsTest extends CharterScreenTest {

    private ProjectForm openNewProject() {
        ProjectsView view = navigate(ProjectsView.class);
        test(view.create).click();
        return $(ProjectForm.class).single();
    }

    @Test
    void aRateOutsideZeroToHundredAndAnEndBeforeTheStartAreToldNextToTheirFields() {
        ProjectForm form = openNewProject();
        assertThat(form.rate.getValue()).as("the charter's default rate").isEqualByComparingTo("5");
        test(form.name).setValue("PRUS Écran 1");
        test(form.qpvs).setValue("Université");
        form.startDate.setValue(LocalDate.of(2025, 6, 1));
        form.endDate.setValue(LocalDate.of(2025, 1, 1));
        test(form.rate).setValue(new BigDecimal("120"));
        test(form.save).click();

        assertThat(form.rate.isInvalid()).isTrue();
        assertThat(form.rate.getErrorMessage()).isEqualTo("Le taux est compris entre 0 (exclu) et 100 %");
        assertThat(form.endDate.isInvalid()).isTrue();
        assertThat(form.endDate.getErrorMessage()).isEqualTo("La fin précède le début");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();
        assertThat(projects.count("PRUS Écran 1")).isZero();

        test(form.rate).setValue(BigDecimal.ZERO);
        test(form.save).click();
        assertThat(form.rate.getErrorMessage()).isEqualTo("Le taux est compris entre 0 (exclu) et 100 %");
    }

    @Test
    void requiredFieldsAreToldAndATakenNameIsToldNextToTheName() {
        projects.create(CharterTestData.project("PRUS Écran doublon"));
        ProjectForm form = openNewProject();
        test(form.save).click();
        assertThat(form.name.getErrorMessage()).isEqualTo("Champ obligatoire");
        assertThat(form.qpvs.getErrorMessage()).isEqualTo("Champ obligatoire");
        assertThat(form.startDate.getErrorMessage()).isEqualTo("Champ obligatoire");

        test(form.name).setValue("PRUS Écran doublon");
        test(form.qpvs).setValue("Petit Nanterre");
        form.startDate.setValue(LocalDate.of(2021, 1, 1));
        test(form.save).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Un projet porte déjà ce nom");
        assertThat(form.isOpened()).isTrue();
    }

    @Test
    void aNewProjectOpensItsPageAndTheListFindsIt() {
        ProjectForm form = openNewProject();
        test(form.name).setValue("PRUS Écran Université");
        test(form.qpvs).setValue("Université");
        form.startDate.setValue(LocalDate.of(2022, 3, 1));
        test(form.projectLead).setValue("A. Durand");
        test(form.rate).setValue(new BigDecimal("7.5"));
        test(form.save).click();

        ProjectView page = (ProjectView) getCurrentView();
        assertThat(page.shown.project().name()).isEqualTo("PRUS Écran Université");
        assertThat($(Span.class).id("project-target").getText()).isEqualTo("0 h");
        assertThat($(Span.class).id("project-status").getText()).isEqualTo("Sans objectif");

        ProjectsView list = navigate(ProjectsView.class);
        test(list.search).setValue("ecran univ");
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 1)).isEqualTo("Université");
        assertThat(test(list.grid).getCellText(0, 4)).isEqualTo("A. Durand");
        assertThat(test(list.grid).getCellText(0, 5)).isEqualTo("7,5 %");
    }

    @Test
    void eachSortableColumnSortsThePageInTheDatabase() {
        ProjectDetails base = CharterTestData.project("PRUS Écran tri A");
        projects.create(base);
        projects.create(new ProjectDetails("PRUS Écran tri B", "Université", base.startDate().plusYears(1), null,
                null, new BigDecimal("9")));
        ProjectsView list = navigate(ProjectsView.class);
        test(list.search).setValue("Écran tri");

        test(list.grid).sortByColumn(5, SortDirection.DESCENDING);
        assertThat(test(list.grid).getCellText(0, 0)).isEqualTo("PRUS Écran tri B");
        test(list.grid).sortByColumn(2, SortDirection.ASCENDING);
        assertThat(test(list.grid).getCellText(0, 0)).isEqualTo("PRUS Écran tri A");
        for (int column = 0; column < list.grid.getColumns().size(); column++) {
            assertThat(test(list.grid).isColumnSortable(column)).as("column %d", column).isTrue();
            test(list.grid).sortByColumn(column, SortDirection.DESCENDING);
            assertThat(test(list.grid).size()).as("sorted by column %d", column).isEqualTo(2);
        }
    }

    @Test
    void anEditFromAnOutOfDateCopyIsRefusedWithTheCommonMessage() {
        Project project = projects.create(CharterTestData.project("PRUS Écran concurrent"));
        ProjectView page = navigate("renovation-urbaine/" + project.id(), ProjectView.class);
        ProjectDetails meanwhile = project.details();
        projects.update(projects.find(project.id()).orElseThrow(), new ProjectDetails(meanwhile.name(),
                meanwhile.qpvs(), meanwhile.startDate(), meanwhile.endDate(), "Quelqu'un d'autre",
                meanwhile.charterRatePercent()));

        test(page.edit).click();
        ProjectForm form = $(ProjectForm.class).single();
        test(form.rate).setValue(new BigDecimal("8"));
        test(form.save).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith(
                "Quelqu'un d'autre a modifié cette fiche pendant que vous la modifiiez.");
        assertThat(form.isOpened()).isTrue();
        assertThat(projects.find(project.id()).orElseThrow().charterRatePercent()).isEqualByComparingTo("5");
    }

    @Test
    void theProjectPageShowsOwnersAndOperationsWithClausesThatDoNotCoverTheCharterBeforeTheWorks() {
        Project project = projects.create(CharterTestData.project("PRUS Écran couverture"));
        int year = LocalDate.now(clock).getYear();
        Operation running = operations.create(project.id(), CharterTestData.runningWorks("Réhabilitation Zilina", clock));
        Operation gup = operations.create(project.id(), CharterTestData.operation("Gestion de proximité Zilina",
                OperationCategory.LOCAL_MANAGEMENT, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 3, 12, 31)));
        Contract works = TestContracts.millionEuroLot(contracts, "ECRAN-COUV-1", "Hauts-de-Seine Habitat");
        Contract management = TestContracts.millionEuroLot(contracts, "ECRAN-COUV-2", "Hauts-de-Seine Habitat");
        operations.link(running, TestContracts.lotOf(works));
        operations.link(gup, TestContracts.lotOf(management));

        ProjectView page = navigate("renovation-urbaine/" + project.id(), ProjectView.class);

        assertThat($(Span.class).id("project-target").getText()).isEqualTo("2\u202F500 h");
        assertThat($(Span.class).id("project-clauses-target").getText()).isEqualTo("1\u202F666 h");
        assertThat($(Span.class).id("project-realised").getText()).isEqualTo("0 h");
        assertThat($(HorizontalLayout.class).id("project-coverage").getElement().getTextRecursively())
                .contains("Les clauses ne couvrent pas la charte").contains("Une opération est à corriger");
        // behind first: the running works have started with no hour; the GUP has not started
        assertThat(test(page.operationGrid).getCellText(0, 0)).isEqualTo("Réhabilitation Zilina");
        assertThat(test(page.operationGrid).getCellText(0, 5)).isEqualTo("833 h");
        assertThat(test(page.operationGrid).getCellText(1, 0)).isEqualTo("Gestion de proximité Zilina");
        assertThat(test(page.operationGrid).getCellText(1, 3)).isEqualTo("10 %");
        assertThat(test(page.operationGrid).getCellText(1, 5)).isEqualTo("1\u202F667 h");
        assertThat(test(page.operationGrid).getCellText(1, 6)).isEqualTo("833 h");
        VerticalLayout coverage = (VerticalLayout) test(page.operationGrid).getCellComponent(1, 9);
        assertThat(coverage.getElement().getTextRecursively())
                .contains("Les clauses ne couvrent pas la charte : à corriger avant le démarrage");
        assertThat(test(page.operationGrid).getCellComponent(0, 9).getElement().getTextRecursively()).isEmpty();
        assertThat(test(page.owners).size()).isEqualTo(1);
        assertThat(test(page.owners).getCellText(0, 1)).isEqualTo("Hauts-de-Seine Habitat");
        assertThat(test(page.owners).getCellText(0, 4)).isEqualTo("2\u202F500 h");

        test(page.operationGrid).clickRow(1);
        assertThat(getCurrentView()).isInstanceOf(OperationView.class);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerReadsTheProjectsWithNoButtonToChangeThem() {
        Project project = as(security, () -> projects.create(CharterTestData.project("PRUS Écran lecteur")),
                Roles.URBAN_RENEWAL);
        ProjectsView list = navigate(ProjectsView.class);
        assertThat(list.create.isVisible()).isFalse();
        test(list.search).setValue("Écran lecteur");
        test(list.grid).clickRow(0);

        ProjectView page = (ProjectView) getCurrentView();
        assertThat(page.shown.project().id()).isEqualTo(project.id());
        assertThat(page.edit.isVisible()).isFalse();
        assertThat(page.newOperation.isVisible()).isFalse();
    }
}
