package fr.nanterre.insertion.urbanrenewal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.nanterre.insertion.urbanrenewal.progress.CharterProgress;
import fr.nanterre.insertion.urbanrenewal.progress.Figures;
import fr.nanterre.insertion.urbanrenewal.progress.OperationProgress;
import fr.nanterre.insertion.urbanrenewal.progress.OwnerProgress;
import fr.nanterre.insertion.urbanrenewal.progress.ProjectProgress;
import fr.nanterre.insertion.urbanrenewal.progress.Standing;
import fr.nanterre.insertion.urbanrenewal.project.CharterSettings;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/**
 * One project against the charter: its headline figures, then its owners and its operations, those behind first,
 * with the clauses that do not cover the charter's target pointed out (best fixed before the works start).
 */
@Route("renovation-urbaine/:id")
@RolesAllowed({Roles.URBAN_RENEWAL, Roles.ADMIN, Roles.VIEWER})
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectRegister projects;
    private final CharterProgress progress;
    private final boolean mayChange;
    /** Counts of people from 1 to 4 are hidden from those who read aggregates only. */
    private final boolean masked;
    private final Locale locale;
    ProjectProgress shown;
    final Button edit = new Button();
    final Button newOperation = new Button();
    final Grid<OwnerProgress> owners = new Grid<>();
    final Grid<OperationProgress> operationGrid = new Grid<>();

    ProjectView(ProjectRegister projects, OperationRegister operations, CharterProgress progress,
                CharterSettings settings, CurrentUser user) {
        this.projects = projects;
        this.progress = progress;
        this.mayChange = user.hasAnyRole(Roles.URBAN_RENEWAL);
        this.masked = !user.hasAnyRole(Roles.URBAN_RENEWAL, Roles.ADMIN);
        this.locale = getLocale();
        setMaxWidth("90rem");
        edit.setId("edit-project");
        edit.setText(getTranslation("common.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setVisible(mayChange);
        edit.addClickListener(e -> new ProjectForm(projects, settings, shown.project(),
                saved -> show(progress.of(saved.id()))).open());
        newOperation.setId("new-operation");
        newOperation.setText(getTranslation("urbanrenewal.operations.new"));
        newOperation.setIcon(VaadinIcon.PLUS.create());
        newOperation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newOperation.setVisible(mayChange);
        newOperation.addClickListener(e -> new OperationForm(operations, List.of(shown.project()), shown.project(),
                null, saved -> open(saved.id())).open());
        configureOwners();
        configureOperations();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            UUID projectId = UUID.fromString(id);
            projects.find(projectId).ifPresentOrElse(project -> show(progress.of(projectId)),
                    () -> event.rerouteToError(IllegalArgumentException.class, "project " + id));
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(IllegalArgumentException.class, "project " + id);
        }
    }

    private void show(ProjectProgress project) {
        this.shown = project;
        removeAll();
        Project details = project.project();
        Standing standing = project.standing();
        Span status = CharterText.statusBadge(standing.status(), locale);
        status.setId("project-status");
        H2 name = new H2(details.name());
        name.setId("project-title");
        HorizontalLayout title = new HorizontalLayout(name, status);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        RouterLink report = new RouterLink(getTranslation("urbanrenewal.report.open"), CharterReportView.class,
                new RouteParameters("id", details.id().toString()));
        report.setId("project-report");
        HorizontalLayout actions = new HorizontalLayout(edit, newOperation, report);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        owners.setItems(project.owners());
        operationGrid.setItems(project.operations());
        add(title, new Paragraph(summary(details)), actions, figures(standing));
        if (!standing.covered()) {
            add(coverage(project));
        }
        add(heading("urbanrenewal.project.owners", ownersExport()), owners,
                heading("urbanrenewal.project.operations", operationsExport()), operationGrid);
    }

    /** "QPV Université · du 01/01/2020 au 31/12/2030 · chef de projet : … · taux de la charte : 5 %" */
    private String summary(Project project) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        String dates = project.endDate() == null
                ? getTranslation("urbanrenewal.project.since", date.format(project.startDate()))
                : getTranslation("urbanrenewal.project.from-to", date.format(project.startDate()),
                date.format(project.endDate()));
        String lead = project.projectLead() == null ? ""
                : " · " + getTranslation("urbanrenewal.project.led-by", project.projectLead());
        return project.qpvs() + " · " + dates + lead + " · "
                + getTranslation("urbanrenewal.project.rate-is", CharterText.rate(project.charterRatePercent(), locale));
    }

    private Div figures(Standing standing) {
        Figures figures = standing.figures();
        Span percent = new Span(CharterText.percent(standing.percentOfTarget(), locale));
        percent.setId("project-percent");
        Div row = new Div(
                new Figure("project-target", getTranslation("urbanrenewal.figure.target"),
                        CharterText.hours(standing.charterTarget(), locale)),
                new Figure("project-realised", getTranslation("urbanrenewal.figure.realised"),
                        CharterText.hours(standing.realised(), locale), CharterText.progressBar(standing), percent),
                new Figure("project-clauses-target", getTranslation("urbanrenewal.figure.clauses-target"),
                        CharterText.hours(standing.clausesTarget(), locale)),
                new Figure("project-qpv-share", getTranslation("urbanrenewal.figure.qpv-share"),
                        CharterText.percent(figures.qpvSharePercent(), locale)),
                new Figure("project-people", getTranslation("urbanrenewal.figure.people"),
                        CharterText.people(figures.people(), masked, locale)),
                new Figure("project-contracts", getTranslation("urbanrenewal.figure.contracts"),
                        CharterText.people(figures.contracts(), masked, locale)));
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.8em");
        return row;
    }

    /** The project's clauses reserve fewer hours than the charter asks: how many, and how many operations to fix. */
    private Component coverage(ProjectProgress project) {
        LocalDate today = project.day();
        long fixable = project.operations().stream().filter(o -> o.fixableGap(today)).count();
        Standing standing = project.standing();
        Span text = new Span(getTranslation("urbanrenewal.coverage.project",
                CharterText.hours(standing.clausesTarget(), locale),
                CharterText.hours(standing.charterTarget(), locale))
                + (fixable == 0 ? "" : " " + getTranslation("urbanrenewal.coverage.fixable-count", fixable)));
        HorizontalLayout warning = new HorizontalLayout(warningIcon(), text);
        warning.setId("project-coverage");
        warning.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        warning.getStyle().set("background", "#fdf0d5").set("color", "#8a5a00").set("padding", "0.5em 1em")
                .set("border-radius", "0.5em");
        return warning;
    }

    private HorizontalLayout heading(String key, Component export) {
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation(key)), export);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return heading;
    }

    private void configureOwners() {
        owners.addColumn(o -> getTranslation("urbanrenewal.owner-kind." + o.ownerKind().name()))
                .setHeader(getTranslation("urbanrenewal.operation.owner-kind")).setAutoWidth(true);
        owners.addColumn(OwnerProgress::ownerName).setHeader(getTranslation("urbanrenewal.operation.owner-name"))
                .setWidth("14rem").setFlexGrow(2).setTooltipGenerator(OwnerProgress::ownerName)
                .setComparator(OwnerProgress::ownerName);
        owners.addColumn(OwnerProgress::operations).setHeader(getTranslation("urbanrenewal.project.operation-count"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addStandingColumns(owners, OwnerProgress::standing);
        owners.addComponentColumn(o -> o.standing().covered() ? new Span()
                        : gap(getTranslation("urbanrenewal.coverage.gap"), false))
                .setHeader(getTranslation("urbanrenewal.coverage")).setWidth("24rem").setFlexGrow(0);
        owners.setAllRowsVisible(true);
        owners.setEmptyStateText(getTranslation("urbanrenewal.project.no-operation"));
    }

    private void configureOperations() {
        operationGrid.addColumn(OperationProgress::name).setHeader(getTranslation("urbanrenewal.operation.name"))
                .setWidth("18rem").setFlexGrow(3).setTooltipGenerator(OperationProgress::name)
                .setComparator(OperationProgress::name);
        operationGrid.addColumn(OperationProgress::ownerName)
                .setHeader(getTranslation("urbanrenewal.operation.owner-name")).setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(OperationProgress::ownerName).setComparator(OperationProgress::ownerName);
        operationGrid.addColumn(o -> getTranslation("urbanrenewal.category." + o.category().name()))
                .setHeader(getTranslation("urbanrenewal.operation.category")).setAutoWidth(true);
        operationGrid.addColumn(o -> CharterText.rate(o.ratePercent(), locale))
                .setHeader(getTranslation("urbanrenewal.operation.rate")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addStandingColumns(operationGrid, OperationProgress::standing);
        operationGrid.addComponentColumn(this::operationCoverage).setHeader(getTranslation("urbanrenewal.coverage"))
                .setWidth("24rem").setFlexGrow(0);
        operationGrid.setAllRowsVisible(true);
        operationGrid.setEmptyStateText(getTranslation("urbanrenewal.project.no-operation"));
        operationGrid.addItemClickListener(click -> open(click.getItem().operationId()));
    }

    /** Status, target, clauses' target, realised and % with a bar: the same columns for owners and operations. */
    private <T> void addStandingColumns(Grid<T> grid, Function<T, Standing> standing) {
        grid.addComponentColumn(row -> CharterText.statusBadge(standing.apply(row).status(), locale))
                .setHeader(getTranslation("urbanrenewal.status")).setAutoWidth(true);
        grid.addColumn(row -> CharterText.hours(standing.apply(row).charterTarget(), locale))
                .setHeader(getTranslation("urbanrenewal.figure.target")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(row -> standing.apply(row).charterTarget());
        grid.addColumn(row -> CharterText.hours(standing.apply(row).clausesTarget(), locale))
                .setHeader(getTranslation("urbanrenewal.figure.clauses-target")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(row -> CharterText.hours(standing.apply(row).realised(), locale))
                .setHeader(getTranslation("urbanrenewal.figure.realised")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(row -> standing.apply(row).realised());
        grid.addComponentColumn(row -> percentCell(standing.apply(row)))
                .setHeader(getTranslation("urbanrenewal.figure.percent")).setAutoWidth(true);
    }

    private HorizontalLayout percentCell(Standing standing) {
        HorizontalLayout cell = new HorizontalLayout(CharterText.progressBar(standing),
                new Span(CharterText.percent(standing.percentOfTarget(), locale)));
        cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        cell.setWrap(false);
        return cell;
    }

    /** Emphasised while the works have not started: the clauses can still be changed before the award. */
    private Component operationCoverage(OperationProgress operation) {
        VerticalLayout cell = new VerticalLayout();
        cell.setPadding(false);
        cell.setSpacing(false);
        if (operation.fixableGap(shown.day())) {
            cell.add(gap(getTranslation("urbanrenewal.coverage.fixable"), true));
        } else if (!operation.standing().covered()) {
            cell.add(gap(getTranslation("urbanrenewal.coverage.gap"), false));
        }
        if (operation.lotsWithoutWorkHours() > 0) {
            Span unknown = new Span(getTranslation("urbanrenewal.lots.without-work-hours",
                    operation.lotsWithoutWorkHours()));
            unknown.getStyle().set("font-size", "var(--lumo-font-size-s, 0.85em)")
                    .set("color", "var(--lumo-secondary-text-color, #555)");
            cell.add(unknown);
        }
        return cell;
    }

    static HorizontalLayout gap(String text, boolean emphasised) {
        Span message = new Span(text);
        if (emphasised) {
            message.getStyle().set("font-weight", "600");
        }
        HorizontalLayout gap = new HorizontalLayout(warningIcon(), message);
        gap.setSpacing(true);
        gap.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        gap.getStyle().set("color", emphasised ? "#9b1c1c" : "#8a5a00").set("white-space", "normal");
        return gap;
    }

    private static Icon warningIcon() {
        Icon icon = VaadinIcon.WARNING.create();
        icon.setSize("1em");
        icon.getStyle().set("flex", "none");
        return icon;
    }

    private ExportButton ownersExport() {
        List<String> headers = List.of(getTranslation("urbanrenewal.operation.owner-kind"),
                getTranslation("urbanrenewal.operation.owner-name"),
                getTranslation("urbanrenewal.project.operation-count"), getTranslation("urbanrenewal.status"),
                getTranslation("urbanrenewal.figure.target"), getTranslation("urbanrenewal.figure.clauses-target"),
                getTranslation("urbanrenewal.figure.realised"), getTranslation("urbanrenewal.figure.percent"),
                getTranslation("urbanrenewal.figure.qpv-share"), getTranslation("urbanrenewal.figure.people"),
                getTranslation("urbanrenewal.figure.contracts"), getTranslation("urbanrenewal.coverage"));
        return new ExportButton("maitres-ouvrage.xlsx", getTranslation("urbanrenewal.project.owners"), headers,
                () -> shown.owners().stream().map(o -> Arrays.asList(
                        getTranslation("urbanrenewal.owner-kind." + o.ownerKind().name()), o.ownerName(),
                        o.operations(), CharterText.status(o.standing().status(), locale),
                        o.standing().charterTarget(), o.standing().clausesTarget(), o.standing().realised(),
                        o.standing().percentOfTarget(), o.standing().figures().qpvSharePercent(),
                        CharterText.peopleCell(o.standing().figures().people(), masked, locale),
                        CharterText.peopleCell(o.standing().figures().contracts(), masked, locale),
                        o.standing().covered() ? "" : getTranslation("urbanrenewal.coverage.gap"))));
    }

    private ExportButton operationsExport() {
        List<String> headers = List.of(getTranslation("urbanrenewal.operation.name"),
                getTranslation("urbanrenewal.operation.owner-kind"), getTranslation("urbanrenewal.operation.owner-name"),
                getTranslation("urbanrenewal.operation.category"), getTranslation("urbanrenewal.operation.start"),
                getTranslation("urbanrenewal.operation.end"), getTranslation("urbanrenewal.operation.rate"),
                getTranslation("urbanrenewal.operation.work-hours"), getTranslation("urbanrenewal.status"),
                getTranslation("urbanrenewal.figure.target"), getTranslation("urbanrenewal.figure.clauses-target"),
                getTranslation("urbanrenewal.figure.realised"), getTranslation("urbanrenewal.figure.percent"),
                getTranslation("urbanrenewal.figure.qpv-share"), getTranslation("urbanrenewal.figure.people"),
                getTranslation("urbanrenewal.figure.contracts"), getTranslation("urbanrenewal.coverage"));
        return new ExportButton("operations.xlsx", getTranslation("urbanrenewal.project.operations"), headers,
                () -> shown.operations().stream().map(o -> Arrays.asList(o.name(),
                        getTranslation("urbanrenewal.owner-kind." + o.ownerKind().name()), o.ownerName(),
                        getTranslation("urbanrenewal.category." + o.category().name()), o.startDate(), o.endDate(),
                        o.ratePercent(), o.workHours(), CharterText.status(o.standing().status(), locale),
                        o.standing().charterTarget(), o.standing().clausesTarget(), o.standing().realised(),
                        o.standing().percentOfTarget(), o.standing().figures().qpvSharePercent(),
                        CharterText.peopleCell(o.standing().figures().people(), masked, locale),
                        CharterText.peopleCell(o.standing().figures().contracts(), masked, locale),
                        o.fixableGap(shown.day()) ? getTranslation("urbanrenewal.coverage.fixable")
                                : o.standing().covered() ? "" : getTranslation("urbanrenewal.coverage.gap"))));
    }

    private void open(UUID operationId) {
        getUI().ifPresent(ui -> ui.navigate(OperationView.class, new RouteParameters("id", operationId.toString())));
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("urbanrenewal.projects.title") : shown.project().name();
    }
}
