package fr.nanterre.insertion.urbanrenewal.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
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
import fr.nanterre.insertion.procurement.ProcuredLots;
import fr.nanterre.insertion.urbanrenewal.progress.CharterProgress;
import fr.nanterre.insertion.urbanrenewal.progress.Figures;
import fr.nanterre.insertion.urbanrenewal.progress.OperationProgress;
import fr.nanterre.insertion.urbanrenewal.progress.Standing;
import fr.nanterre.insertion.urbanrenewal.project.CharterRate;
import fr.nanterre.insertion.urbanrenewal.project.CharterSettings;
import fr.nanterre.insertion.urbanrenewal.project.LinkedLot;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationLot;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.ProcuredLotCopy;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.insertion.urbanrenewal.project.RateOverride;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One operation: its owner, category and dates, the charter rate that applies (and who set it, when and why, when
 * it is its own), the lots that carry it out, and where it stands against the charter: the Nanterre residents'
 * hours realised against its target, the hours by residence, and the people and contracts behind them.
 */
@Route("operations-renovation/:id")
@RolesAllowed({Roles.URBAN_RENEWAL, Roles.ADMIN, Roles.VIEWER})
class OperationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OperationRegister operations;
    private final ProjectRegister projects;
    private final CharterProgress progress;
    private final ProcuredLots procuredLots;
    private final CharterSettings settings;
    private final Clock clock;
    private final boolean mayChange;
    /** Counts of people from 1 to 4 are hidden from those who read aggregates only. */
    private final boolean masked;
    private final Locale locale;
    Operation operation;
    private Project project;
    final Button edit = new Button();
    final Button overrideRate = new Button();
    final Button linkLot = new Button();
    final Grid<OperationLot> lots = new Grid<>();

    OperationView(OperationRegister operations, ProjectRegister projects, CharterProgress progress,
                  ProcuredLots procuredLots, CharterSettings settings, Clock clock,
                  CurrentUser user) {
        this.operations = operations;
        this.projects = projects;
        this.progress = progress;
        this.procuredLots = procuredLots;
        this.settings = settings;
        this.clock = clock;
        this.mayChange = user.hasAnyRole(Roles.URBAN_RENEWAL);
        this.masked = !user.hasAnyRole(Roles.URBAN_RENEWAL, Roles.ADMIN);
        this.locale = getLocale();
        setMaxWidth("90rem");
        edit.setId("edit-operation");
        edit.setText(getTranslation("common.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setVisible(mayChange);
        edit.addClickListener(e -> new OperationForm(operations, List.of(project), project, operation,
                this::show).open());
        overrideRate.setId("override-rate");
        overrideRate.setText(getTranslation("urbanrenewal.override.button"));
        overrideRate.setIcon(VaadinIcon.SLIDERS.create());
        overrideRate.setVisible(mayChange);
        overrideRate.addClickListener(e -> new RateOverrideForm(operation.name(), inheritedRate(),
                operation.rateOverride(), entry -> change(() -> entry == null
                        ? operations.overrideRate(operation, null, "")
                        : operations.overrideRate(operation, entry.percent(), entry.reason()))).open());
        linkLot.setId("link-lot");
        linkLot.setText(getTranslation("urbanrenewal.lot.link"));
        linkLot.setIcon(VaadinIcon.LINK.create());
        linkLot.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        linkLot.setVisible(mayChange);
        linkLot.addClickListener(e -> new LinkLotDialog(procuredLots, operation, lot -> {
            Operation linked = operations.link(operation, lot.lotId());
            show(linked);
            return linked;
        }).open());
        configureLots();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            operations.find(UUID.fromString(id)).ifPresentOrElse(this::show,
                    () -> event.rerouteToError(IllegalArgumentException.class, "operation " + id));
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(IllegalArgumentException.class, "operation " + id);
        }
    }

    private void show(Operation shown) {
        this.operation = shown;
        this.project = projects.find(shown.projectId()).orElseThrow();
        removeAll();
        Optional<OperationProgress> standing = progress.ofOperation(shown.id());
        H2 name = new H2(shown.name());
        name.setId("operation-title");
        HorizontalLayout title = new HorizontalLayout(name);
        standing.ifPresent(s -> {
            Span status = CharterText.statusBadge(s.standing().status(), locale);
            status.setId("operation-status");
            title.add(status);
        });
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        RouterLink toProject = new RouterLink(project.name(), ProjectView.class,
                new RouteParameters("id", project.id().toString()));
        toProject.setId("operation-project-link");
        HorizontalLayout actions = new HorizontalLayout(edit, overrideRate);
        List<OperationLot> linked = operations.lotsOf(shown);
        lots.setItems(linked);
        add(title, actions, details(shown, toProject));
        standing.ifPresent(s -> add(new H3(getTranslation("urbanrenewal.operation.charter")), figures(s)));
        HorizontalLayout lotsHeading = new HorizontalLayout(new H3(getTranslation("urbanrenewal.lots")),
                lotsExport(linked), linkLot);
        lotsHeading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(lotsHeading, lots);
    }

    private FormLayout details(Operation shown, RouterLink toProject) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        FormLayout form = new FormLayout();
        form.getStyle().set("--vaadin-form-item-label-width", "12em");
        form.addFormItem(toProject, getTranslation("urbanrenewal.operation.project"));
        form.addFormItem(new Span(getTranslation("urbanrenewal.owner-kind." + shown.ownerKind().name()) + " – "
                + shown.ownerName()), getTranslation("urbanrenewal.operation.owner"));
        form.addFormItem(new Span(getTranslation("urbanrenewal.category." + shown.category().name())),
                getTranslation("urbanrenewal.operation.category"));
        form.addFormItem(new Span(getTranslation("urbanrenewal.project.from-to", date.format(shown.startDate()),
                date.format(shown.endDate()))), getTranslation("urbanrenewal.operation.dates"));
        Span rate = new Span(CharterText.rate(operations.rateOf(shown), locale));
        rate.setId("operation-rate");
        Span source = new Span(rateSource(shown.rateOverride()));
        source.setId("operation-rate-source");
        source.getStyle().set("color", "var(--lumo-secondary-text-color, #555)").set("margin-left", "0.5em");
        form.addFormItem(new Span(rate, source), getTranslation("urbanrenewal.operation.rate"));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50rem", 2));
        return form;
    }

    /** Its own, with who set it, when and why; its category's; or its project's. */
    private String rateSource(@Nullable RateOverride override) {
        if (override != null) {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
            return getTranslation("urbanrenewal.rate.own", override.by(),
                    date.format(override.at().atZone(clock.getZone())), override.reason(),
                    CharterText.rate(inheritedRate(), locale));
        }
        if (settings.categoryRate(operation.category()) != null) {
            return getTranslation("urbanrenewal.rate.category",
                    getTranslation("urbanrenewal.category." + operation.category().name()));
        }
        return getTranslation("urbanrenewal.rate.project");
    }

    /** The rate the operation follows without one of its own. */
    private BigDecimal inheritedRate() {
        return CharterRate.of(null, operation.category(), project.charterRatePercent(), settings);
    }

    private Div figures(OperationProgress operationProgress) {
        Standing standing = operationProgress.standing();
        Figures figures = standing.figures();
        Span percent = new Span(CharterText.percent(standing.percentOfTarget(), locale));
        percent.setId("operation-percent");
        Span basis = small(getTranslation("urbanrenewal.operation.target-basis",
                CharterText.rate(operationProgress.ratePercent(), locale),
                CharterText.hours(operationProgress.workHours(), locale)));
        basis.setId("operation-work-hours");
        Figure clauses = new Figure("operation-clauses-target", getTranslation("urbanrenewal.figure.clauses-target"),
                CharterText.hours(standing.clausesTarget(), locale));
        if (operationProgress.fixableGap(LocalDate.now(clock))) {
            HorizontalLayout gap = ProjectView.gap(getTranslation("urbanrenewal.coverage.fixable"), true);
            gap.setId("operation-coverage");
            clauses.add(gap);
        } else if (!standing.covered()) {
            HorizontalLayout gap = ProjectView.gap(getTranslation("urbanrenewal.coverage.gap"), false);
            gap.setId("operation-coverage");
            clauses.add(gap);
        }
        if (operationProgress.lotsWithoutWorkHours() > 0) {
            basis.setText(basis.getText() + " · " + getTranslation("urbanrenewal.lots.without-work-hours",
                    operationProgress.lotsWithoutWorkHours()));
        }
        BigDecimal outsideQpv = figures.nanterreHours().subtract(figures.qpvHours());
        Div row = new Div(
                new Figure("operation-target", getTranslation("urbanrenewal.figure.target"),
                        CharterText.hours(standing.charterTarget(), locale), basis),
                new Figure("operation-realised", getTranslation("urbanrenewal.figure.realised"),
                        CharterText.hours(standing.realised(), locale), CharterText.progressBar(standing), percent),
                clauses,
                new Figure("operation-qpv-share", getTranslation("urbanrenewal.figure.qpv-share"),
                        CharterText.percent(figures.qpvSharePercent(), locale)));
        Div hours = new Div(
                new Figure("operation-hours-qpv", getTranslation("urbanrenewal.figure.hours-qpv"),
                        CharterText.hours(figures.qpvHours(), locale)),
                new Figure("operation-hours-nanterre", getTranslation("urbanrenewal.figure.hours-nanterre"),
                        CharterText.hours(outsideQpv, locale)),
                new Figure("operation-hours-other", getTranslation("urbanrenewal.figure.hours-other"),
                        CharterText.hours(figures.otherHours(), locale)),
                new Figure("operation-hours", getTranslation("urbanrenewal.figure.hours"),
                        CharterText.hours(figures.hours(), locale)));
        Div people = new Div(
                people("operation-people", "urbanrenewal.figure.people", figures.people()),
                people("operation-women", "urbanrenewal.figure.women", figures.women()),
                people("operation-under-26", "urbanrenewal.figure.under-26", figures.under26()),
                people("operation-over-50", "urbanrenewal.figure.over-50", figures.over50()),
                people("operation-qpv-people", "urbanrenewal.figure.qpv-people", figures.qpvPeople()),
                people("operation-contracts", "urbanrenewal.figure.contracts", figures.contracts()));
        Div all = new Div(row, hours, people);
        for (Div line : List.of(row, hours, people)) {
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.8em");
        }
        all.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.8em");
        return all;
    }

    private Figure people(String id, String key, long count) {
        return new Figure(id, getTranslation(key), CharterText.people(count, masked, locale));
    }

    private static Span small(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-size", "var(--lumo-font-size-s, 0.85em)")
                .set("color", "var(--lumo-secondary-text-color, #555)");
        return span;
    }

    private void configureLots() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        lots.addColumn(l -> l.procured() == null ? getTranslation("urbanrenewal.lot.missing")
                        : l.procured().contractReference())
                .setHeader(getTranslation("urbanrenewal.lot.contract")).setAutoWidth(true)
                .setComparator(l -> l.procured() == null ? "" : l.procured().contractReference());
        lots.addColumn(l -> l.procured() == null ? "—" : l.procured().buyer())
                .setHeader(getTranslation("urbanrenewal.lot.buyer")).setFlexGrow(2)
                .setComparator(l -> l.procured() == null ? "" : l.procured().buyer());
        lots.addColumn(l -> l.procured() == null ? "—"
                        : getTranslation("urbanrenewal.lot.number-title", l.procured().lotNumber(),
                        l.procured().lotTitle()))
                .setHeader(getTranslation("urbanrenewal.lot")).setFlexGrow(2)
                .setComparator(l -> l.procured() == null ? 0 : l.procured().lotNumber());
        lots.addColumn(l -> CharterText.hours(l.clauseTargetHours(), locale))
                .setHeader(getTranslation("urbanrenewal.lot.clause-target")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(OperationLot::clauseTargetHours);
        lots.addColumn(l -> l.procured() == null || l.procured().estimatedWorkHours() == null ? "—"
                        : CharterText.hours(l.procured().estimatedWorkHours(), locale))
                .setHeader(getTranslation("urbanrenewal.lot.estimated-work-hours")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(l -> l.procured() == null || l.procured().estimatedWorkHours() == null
                        ? -1 : l.procured().estimatedWorkHours());
        lots.addColumn(l -> l.manualWorkHours() == null ? "—" : CharterText.hours(l.manualWorkHours(), locale))
                .setHeader(getTranslation("urbanrenewal.lot.manual-work-hours")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setComparator(l -> l.manualWorkHours() == null ? -1 : l.manualWorkHours());
        lots.addColumn(l -> state(l.procured(), date)).setHeader(getTranslation("urbanrenewal.lot.state"))
                .setAutoWidth(true);
        lots.addComponentColumn(this::lotActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        lots.setAllRowsVisible(true);
        lots.setEmptyStateText(getTranslation("urbanrenewal.lots.none"));
    }

    /** The linked lots as the grid shows them, with their numbers kept as numbers. */
    private ExportButton lotsExport(List<OperationLot> linked) {
        List<String> headers = List.of(getTranslation("urbanrenewal.lot.contract"),
                getTranslation("urbanrenewal.lot.buyer"), getTranslation("urbanrenewal.lot"),
                getTranslation("urbanrenewal.lot.clause-target"), getTranslation("urbanrenewal.lot.estimated-work-hours"),
                getTranslation("urbanrenewal.lot.manual-work-hours"));
        return new ExportButton("lots-operation.xlsx", getTranslation("urbanrenewal.lots"), headers,
                () -> linked.stream().map(l -> Arrays.asList(
                        l.procured() == null ? null : l.procured().contractReference(),
                        l.procured() == null ? null : l.procured().buyer(),
                        l.procured() == null ? null : l.procured().lotNumber() + " " + l.procured().lotTitle(),
                        l.clauseTargetHours(), l.procured() == null ? null : l.procured().estimatedWorkHours(),
                        l.manualWorkHours())));
    }

    private String state(@Nullable ProcuredLotCopy lot, DateTimeFormatter date) {
        if (lot == null) {
            return "—";
        }
        if (lot.closedOn() != null) {
            return getTranslation("urbanrenewal.lot.closed-on", date.format(lot.closedOn()));
        }
        if (lot.notifiedOn() != null) {
            return getTranslation("urbanrenewal.lot.notified-on", date.format(lot.notifiedOn()));
        }
        return getTranslation("urbanrenewal.lot.planned");
    }

    private Component lotActions(OperationLot lot) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!mayChange) {
            return actions;
        }
        int index = operation.lots().stream().map(LinkedLot::lotId).toList().indexOf(lot.lotId());
        String label = lot.procured() == null ? getTranslation("urbanrenewal.lot.missing")
                : getTranslation("urbanrenewal.lot.label", lot.procured().contractReference(),
                lot.procured().lotNumber(), lot.procured().lotTitle(), lot.procured().buyer());
        Button hours = new Button(getTranslation("urbanrenewal.work-hours.button"), VaadinIcon.CLOCK.create(),
                e -> new WorkHoursDialog(label, lot, value -> change(() ->
                        operations.enterWorkHours(operation, lot.lotId(), value))).open());
        hours.setId("work-hours-" + index);
        Button unlink = new Button(VaadinIcon.UNLINK.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("urbanrenewal.lot.unlink.title"),
                    getTranslation("urbanrenewal.lot.unlink.confirm", label, operation.name()),
                    getTranslation("urbanrenewal.lot.unlink"),
                    ok -> change(() -> operations.unlink(operation, lot.lotId())));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        unlink.setId("unlink-" + index);
        unlink.setAriaLabel(getTranslation("urbanrenewal.lot.unlink"));
        unlink.setTooltipText(getTranslation("urbanrenewal.lot.unlink"));
        actions.add(hours, unlink);
        return actions;
    }

    /** Applies a change to the operation as the user read it and shows it again; false when it was refused. */
    private boolean change(Supplier<Operation> action) {
        try {
            show(action.get());
            return true;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notices.refused();
            return false;
        } catch (OptimisticLockingFailureException concurrentChange) {
            Notices.concurrentChange();
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return operation == null ? getTranslation("urbanrenewal.operations.title") : operation.name();
    }
}
