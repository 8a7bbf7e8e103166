package fr.nanterre.insertion.facilitation.ui.statement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementFilter;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.BackgroundWork;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;

/**
 * The employers' monthly statements: import one with its line-by-line preview, then check its lines, validate
 * it or reject it; only validated hours count on the clauses.
 */
@Route("releves")
@Menu(title = "facilitation.statements.menu", order = 42, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.FACILITATOR)
class StatementsView extends VerticalLayout implements HasDynamicTitle {

    /** Which statements the list shows. */
    enum Shown {
        ALL(EnumSet.noneOf(StatementState.class)),
        WAITING(EnumSet.of(StatementState.RECEIVED, StatementState.CHECKED)),
        VALIDATED(EnumSet.of(StatementState.VALIDATED)),
        REJECTED(EnumSet.of(StatementState.REJECTED));

        final Set<StatementState> states;

        Shown(Set<StatementState> states) {
            this.states = states;
        }
    }

    final TextField search = new TextField();
    final Button importFile = new Button();
    final Select<Shown> shown = new Select<>();
    final Grid<Statement> statements = new Grid<>();
    /** Shown while a statement is checked, validated or rejected in the background. */
    final ProgressBar busy = new ProgressBar();
    private final StatementSteps steps;

    StatementsView(StatementImport statementImport, Ledger ledger, BackgroundWork background) {
        setSizeFull();
        steps = new StatementSteps(ledger, background, busy, () -> statements.getDataProvider().refreshAll());
        importFile.setId("open-statement-import");
        importFile.setText(getTranslation("facilitation.statement.import.title"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importFile.addClickListener(e -> new StatementImportDialog(statementImport,
                () -> statements.getDataProvider().refreshAll()).open());
        search.setPlaceholder(getTranslation("facilitation.statement.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> statements.getDataProvider().refreshAll());
        shown.setLabel(getTranslation("facilitation.statement.shown"));
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(s -> getTranslation("facilitation.statement.shown." + s.name()));
        shown.setValue(Shown.ALL);
        shown.addValueChangeListener(e -> statements.getDataProvider().refreshAll());

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        statements.addColumn(Statement::fileName).setHeader(getTranslation("facilitation.statement.file"))
                .setSortProperty("fileName").setFlexGrow(2);
        statements.addColumn(s -> when.format(s.receivedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("facilitation.statement.received")).setSortProperty("receivedAt");
        statements.addColumn(Statement::receivedBy).setHeader(getTranslation("facilitation.statement.by"))
                .setSortProperty("receivedBy");
        statements.addColumn(Statement::lines).setHeader(getTranslation("facilitation.statement.lines"))
                .setSortProperty("lines");
        statements.addColumn(s -> getTranslation("facilitation.statement.state." + s.state().name()))
                .setHeader(getTranslation("facilitation.statement.state")).setSortProperty("state");
        statements.addColumn(s -> getTranslation("facilitation.statement.origin." + s.origin().name()))
                .setHeader(getTranslation("facilitation.statement.origin")).setSortProperty("origin")
                .setKey("origin");
        statements.addComponentColumn(steps::nextStep).setAutoWidth(true).setFlexGrow(0);
        statements.setEmptyStateText(getTranslation("facilitation.statement.none"));
        statements.setItems(query -> ledger.statements(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) ledger.countStatements(filter()));
        statements.addItemClickListener(click -> new StatementDialog(ledger, click.getItem(), steps).open());

        ExportButton export = new ExportButton("releves.xlsx", getTranslation("facilitation.statements.menu"),
                List.of(getTranslation("facilitation.statement.file"), getTranslation("facilitation.statement.received"),
                        getTranslation("facilitation.statement.by"), getTranslation("facilitation.statement.lines"),
                        getTranslation("facilitation.statement.state"),
                        getTranslation("facilitation.statement.origin"),
                        getTranslation("facilitation.statement.checked-by"),
                        getTranslation("facilitation.statement.validated-by"),
                        getTranslation("facilitation.statement.rejection")),
                () -> ledger.statements(filter(), Pageable.unpaged())
                        .stream().map(s -> Arrays.asList(s.fileName(),
                                s.receivedAt().atZone(ZoneId.systemDefault()).toLocalDateTime(), s.receivedBy(),
                                s.lines(), getTranslation("facilitation.statement.state." + s.state().name()),
                                getTranslation("facilitation.statement.origin." + s.origin().name()), s.checkedBy(),
                                s.validatedBy(), s.rejectionReason())));
        HorizontalLayout toolbar = new HorizontalLayout(search, shown, export, importFile);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("facilitation.statements.title")), toolbar, busy, statements);
        expand(statements);
    }

    private StatementFilter filter() {
        return new StatementFilter(search.getValue(), shown.getValue().states);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.statements.title");
    }
}
