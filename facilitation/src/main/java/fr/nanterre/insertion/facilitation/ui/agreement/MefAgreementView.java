package fr.nanterre.insertion.facilitation.ui.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.nanterre.insertion.facilitation.agreement.AgreementTerms;
import fr.nanterre.insertion.facilitation.agreement.MefAgreement;
import fr.nanterre.insertion.facilitation.agreement.MefAgreements;
import fr.nanterre.platform.pdf.PdfReport;
import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.SearchKey;
import fr.nanterre.platform.ui.DownloadButton;
import fr.nanterre.platform.ui.ExportButton;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The MEF's yearly funding agreements with the City, and the selected year's report: objectives against results,
 * exits by category, ETP, exported to XLSX and PDF. The City and the MEF record agreements; viewers read them.
 */
@Route("convention-mef")
@Menu(title = "facilitation.agreement.menu", order = 45, icon = "vaadin:diploma-scroll")
@RolesAllowed({Roles.FACILITATOR, Roles.ADMIN, Roles.VIEWER})
class MefAgreementView extends VerticalLayout implements HasDynamicTitle {

    private final MefAgreements agreements;
    private final Clock clock;
    private final Locale locale;
    final TextField search = new TextField();
    final Button create = new Button();
    final Grid<MefAgreement> grid = new Grid<>();
    final Button edit = new Button();
    final Button remove = new Button();
    /** The selected year's report; hidden while no agreement is selected. */
    final VerticalLayout report = new VerticalLayout();
    private GridListDataView<MefAgreement> shown;

    MefAgreementView(MefAgreements agreements, AuthenticationContext authentication, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
        this.locale = getLocale();
        boolean mayChange = authentication.hasAnyRole(Roles.FACILITATOR, Roles.ADMIN);
        setSizeFull();
        search.setPlaceholder(getTranslation("facilitation.agreement.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> shown.refreshAll());
        create.setId("new-agreement");
        create.setText(getTranslation("facilitation.agreement.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayChange);
        create.addClickListener(e -> new AgreementForm(getTranslation("facilitation.agreement.new"),
                suggestedYear(), terms -> refresh(agreements.agree(terms))).open());

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        grid.addColumn(MefAgreement::year).setHeader(getTranslation("facilitation.agreement.year"))
                .setComparator(MefAgreement::year).setAutoWidth(true);
        grid.addColumn(a -> ReportTable.text(a.terms().grantAmount(), locale))
                .setHeader(getTranslation("facilitation.agreement.grant"))
                .setComparator(a -> a.terms().grantAmount()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(a -> date.format(a.terms().signedOn()))
                .setHeader(getTranslation("facilitation.agreement.signed-on"))
                .setComparator(a -> a.terms().signedOn());
        Grid.Column<MefAgreement> hours = grid.addColumn(a -> a.terms().objectiveHours())
                .setHeader(getTranslation("facilitation.agreement.measure.HOURS"))
                .setComparator(a -> a.terms().objectiveHours()).setTextAlign(ColumnTextAlign.END);
        Grid.Column<MefAgreement> people = grid.addColumn(a -> a.terms().objectivePeople())
                .setHeader(getTranslation("facilitation.agreement.measure.PEOPLE"))
                .setComparator(a -> a.terms().objectivePeople()).setTextAlign(ColumnTextAlign.END);
        Grid.Column<MefAgreement> exits = grid.addColumn(a -> a.terms().objectiveExits())
                .setHeader(getTranslation("facilitation.agreement.measure.DYNAMIC_EXITS"))
                .setComparator(a -> a.terms().objectiveExits()).setTextAlign(ColumnTextAlign.END);
        grid.prependHeaderRow().join(hours, people, exits).setText(getTranslation("facilitation.agreement.objectives"));
        grid.setEmptyStateText(getTranslation("facilitation.agreement.empty"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        edit.setText(getTranslation("common.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setVisible(mayChange);
        edit.addClickListener(e -> {
            MefAgreement agreement = grid.asSingleSelect().getValue();
            new AgreementForm(getTranslation("facilitation.agreement.edit", String.valueOf(agreement.year())),
                    agreement.terms(), terms -> refresh(agreements.change(agreement, terms))).open();
        });
        remove.setText(getTranslation("common.delete"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(mayChange);
        remove.addClickListener(e -> confirmRemoval(grid.asSingleSelect().getValue()));
        report.setPadding(false);
        HorizontalLayout toolbar = new HorizontalLayout(search, create, listExport());
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("facilitation.agreement.title")),
                new Paragraph(getTranslation("facilitation.agreement.help")), toolbar, grid, report);
        refresh(null);
    }

    /** One agreement a year: the list is short and read whole; it selects {@code selected}, else the latest year. */
    private void refresh(@Nullable MefAgreement selected) {
        List<MefAgreement> all = agreements.all();
        shown = grid.setItems(all);
        shown.setFilter(this::matches);
        all.stream().filter(a -> selected == null || a.id().equals(selected.id())).findFirst()
                .ifPresentOrElse(grid::select, () -> show(null));
    }

    /** By year or by a word of the comments. */
    private boolean matches(MefAgreement agreement) {
        String text = SearchKey.of(search.getValue());
        return text.isEmpty() || String.valueOf(agreement.year()).contains(text)
                || SearchKey.of(agreement.terms().comments()).contains(text);
    }

    /** The year after the latest agreement's, or this year for the first one. */
    private int suggestedYear() {
        return agreements.all().stream().mapToInt(agreement -> agreement.year() + 1).max()
                .orElse(LocalDate.now(clock).getYear());
    }

    private void confirmRemoval(MefAgreement agreement) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("facilitation.agreement.remove.title"),
                getTranslation("facilitation.agreement.remove.confirm", String.valueOf(agreement.year())),
                getTranslation("common.delete"), e -> {
                    try {
                        agreements.remove(agreement);
                    } catch (OptimisticLockingFailureException concurrentChange) {
                        Notices.concurrentChange();
                    }
                    refresh(null);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void show(@Nullable MefAgreement agreement) {
        report.removeAll();
        report.setVisible(agreement != null);
        if (agreement == null) {
            return;
        }
        int year = agreement.year();
        AgreementReportDocument document = document(year);
        HorizontalLayout actions = new HorizontalLayout(edit, remove,
                new ExportButton(document.fileName("xlsx"), () -> document(year).tables()),
                new DownloadButton("common.export-pdf", document.fileName("pdf"), PdfReport.CONTENT_TYPE,
                        () -> document(year).pdf(LocalDate.now(clock))));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        report.add(new H3(document.title()), actions, new Paragraph(document.definitions()));
        for (ReportTable table : document.tables()) {
            report.add(new H4(table.title()), grid(table));
        }
    }

    /** The year's report as it is when asked: the exports read it again when the user clicks. */
    private AgreementReportDocument document(int year) {
        return new AgreementReportDocument(agreements.report(year).orElseThrow(), locale);
    }

    private Grid<List<?>> grid(ReportTable table) {
        Grid<List<?>> rows = new Grid<>();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            rows.addColumn(row -> ReportTable.text(row.get(column), locale)).setHeader(table.headers().get(i))
                    .setTextAlign(table.isNumeric(i) ? ColumnTextAlign.END : ColumnTextAlign.START)
                    .setFlexGrow(i == 0 ? 3 : 1);
        }
        rows.setItems(table.rows());
        rows.setAllRowsVisible(true);
        return rows;
    }

    private ExportButton listExport() {
        List<String> headers = List.of(getTranslation("facilitation.agreement.year"),
                getTranslation("facilitation.agreement.grant"), getTranslation("facilitation.agreement.signed-on"),
                getTranslation("facilitation.agreement.objective-hours"),
                getTranslation("facilitation.agreement.objective-people"),
                getTranslation("facilitation.agreement.objective-exits"),
                getTranslation("facilitation.agreement.comments"));
        return new ExportButton("conventions-mef.xlsx", getTranslation("facilitation.agreement.menu"), headers,
                () -> agreements.all().stream().filter(this::matches).map(a -> {
                    AgreementTerms terms = a.terms();
                    return Arrays.asList(terms.year(), terms.grantAmount(), terms.signedOn(), terms.objectiveHours(),
                            terms.objectivePeople(), terms.objectiveExits(), terms.comments());
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.agreement.title");
    }
}
