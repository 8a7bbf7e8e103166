package fr.nanterre.insertion.app.ui.dashboard;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fr.nanterre.insertion.app.dashboard.PolicyDashboard;
import fr.nanterre.insertion.app.dashboard.PolicyFigures;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.platform.pdf.PdfReport;
import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.DownloadButton;
import fr.nanterre.platform.ui.ExportButton;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The policy dashboard across the four pillars, for administrators and elected officials: headline figures with
 * the change from the same period a year earlier, the charts, the breakdowns, the work since a start year, and the
 * yearly report as PDF and XLSX. Viewers see aggregates only, small counts of people as "&lt; 5". For the roles that
 * may open them, a chart's bar, a headline figure and a breakdown's line open the list they count, already filtered
 * ({@link DashboardLinks}); viewers get nothing clickable.
 */
@Route("tableau-de-bord")
@Menu(title = "app.dashboard.menu", order = 1, icon = "vaadin:chart")
@RolesAllowed({Roles.ADMIN, Roles.VIEWER})
class PolicyDashboardView extends VerticalLayout implements HasDynamicTitle {

    /** The year 2009 of "600 missions since 2009". */
    static final int DEFAULT_SINCE_YEAR = 2009;

    private final PolicyDashboard dashboard;
    private final ParticipantRegistry participants;
    private final Clock clock;
    private final boolean masked;
    private final CurrentUser user;
    final Select<Integer> year = new Select<>();
    final LocalizedDatePicker from = new LocalizedDatePicker("");
    final LocalizedDatePicker to = new LocalizedDatePicker("");
    final IntegerField sinceYear = new IntegerField();
    final FlexLayout headline = new FlexLayout();
    final VerticalLayout charts = new VerticalLayout();
    final VerticalLayout breakdowns = new VerticalLayout();
    final HorizontalLayout downloads = new HorizontalLayout();

    PolicyDashboardView(PolicyDashboard dashboard, ParticipantRegistry participants, Clock clock, CurrentUser user) {
        this.dashboard = dashboard;
        this.participants = participants;
        this.clock = clock;
        this.masked = !user.hasAnyRole(Roles.ADMIN);
        this.user = user;
        setMaxWidth("90rem");
        LocalDate today = LocalDate.now(clock);

        year.setId("dashboard-year");
        year.setLabel(getTranslation("app.dashboard.year"));
        year.setItems(java.util.stream.IntStream.rangeClosed(DEFAULT_SINCE_YEAR, today.getYear())
                .map(y -> today.getYear() - (y - DEFAULT_SINCE_YEAR)).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        from.setId("dashboard-from");
        from.setLabel(getTranslation("app.dashboard.from"));
        to.setId("dashboard-to");
        to.setLabel(getTranslation("app.dashboard.to"));
        sinceYear.setId("dashboard-since");
        sinceYear.setLabel(getTranslation("app.dashboard.since-year"));
        sinceYear.setMin(2000);
        sinceYear.setMax(today.getYear());
        sinceYear.setStepButtonsVisible(true);
        sinceYear.setValue(DEFAULT_SINCE_YEAR);
        Button show = new Button(getTranslation("app.dashboard.show"), e -> refresh());
        show.setId("dashboard-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                choose(e.getValue());
                refresh();
            }
        });
        HorizontalLayout controls = new HorizontalLayout(year, from, to, sinceYear, show);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);

        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.getStyle().set("gap", "var(--lumo-space-m)");
        headline.setWidthFull();
        charts.setPadding(false);
        breakdowns.setPadding(false);
        downloads.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H2(getTranslation("app.dashboard.title")), controls, downloads, headline,
                new H3(getTranslation("app.dashboard.charts")), charts,
                new H3(getTranslation("app.dashboard.breakdowns")), breakdowns);
        if (masked) {
            add(new Paragraph(getTranslation("app.dashboard.confidentiality")));
        }
        year.setValue(today.getYear());
        from.setValue(LocalDate.of(today.getYear(), 1, 1));
        to.setValue(today);
    }

    /** The figures are read once the view is attached, in the user's language. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (attachEvent.isInitialAttach()) {
            refresh();
        }
    }

    private void choose(int chosen) {
        LocalDate today = LocalDate.now(clock);
        from.setValue(LocalDate.of(chosen, 1, 1));
        to.setValue(chosen == today.getYear() ? today : LocalDate.of(chosen, 12, 31));
    }

    /** Reads the figures of the chosen period again and shows them. */
    void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        Integer since = sinceYear.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("app.dashboard.bad-period"));
            return;
        }
        if (since == null || since < 2000 || since > end.getYear()) {
            sinceYear.setInvalid(true);
            sinceYear.setErrorMessage(getTranslation("app.dashboard.bad-since", end.getYear()));
            return;
        }
        to.setInvalid(false);
        sinceYear.setInvalid(false);
        show(report(start, end, since));
    }

    PolicyReport report(LocalDate start, LocalDate end, int since) {
        PolicyFigures figures = dashboard.figures(start, end, since);
        Locale locale = getLocale();
        Map<String, String> labels = participants.criterionLabels(locale);
        DashboardLinks links = masked ? DashboardLinks.none(start, end) : new DashboardLinks(start, end, this::mayOpen);
        DashboardTables tables = new DashboardTables(figures, masked, locale, labels, links);
        return new PolicyReport(figures, tables, new DashboardCharts(figures, tables, masked));
    }

    private void show(PolicyReport report) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        int since = sinceYear.getValue();
        downloads.removeAll();
        DownloadButton pdf = new DownloadButton("app.dashboard.download-pdf", report.fileName("pdf"),
                PdfReport.CONTENT_TYPE, () -> report(start, end, since).pdf(LocalDate.now(clock)));
        pdf.setId("dashboard-pdf");
        ExportButton xlsx = new ExportButton(report.fileName("xlsx"), () -> report(start, end, since).tables());
        xlsx.setId("dashboard-xlsx");
        downloads.add(pdf, xlsx);

        List<ReportTable> tables = report.tables();
        headline.removeAll();
        ReportTable figures = tables.get(0);
        DashboardLinks links = report.links();
        for (List<?> row : figures.rows()) {
            Div card = card(row);
            leadsTo(card, links.at(DashboardLinks.HEADLINE).get(String.valueOf(row.get(0))));
            headline.add(card);
        }
        ReportTable sinceTable = tables.get(1);
        Div sinceCard = sinceCard(sinceTable);
        leadsTo(sinceCard, links.at(DashboardLinks.SINCE).get(DashboardLinks.SINCE));
        headline.add(sinceCard);

        charts.removeAll();
        FlexLayout drawn = new FlexLayout();
        drawn.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        drawn.getStyle().set("gap", "var(--lumo-space-l)");
        for (DashboardCharts.Chart chart : report.charts().all()) {
            Div picture = new Div();
            picture.setId(chart.id());
            picture.getElement().setProperty("innerHTML", chart.svg());
            picture.getStyle().set("max-width", "100%").set("overflow-x", "auto");
            if (!chart.links().isEmpty()) {
                // drill-down: the band over a bar says which category it covers; the server knows where it leads
                picture.getElement().addEventListener("click", click -> {
                    JsonNode bar = click.getEventData().get(BAR_CLICKED);
                    if (bar != null && bar.isString() && bar.asString().matches("\\d{1,4}")) {
                        chart.target(Integer.parseInt(bar.asString())).ifPresent(this::open);
                    }
                }).addEventData(BAR_CLICKED);
            }
            Div box = new Div(new H4(chart.title()), picture);
            drawn.add(box);
        }
        charts.add(drawn);

        breakdowns.removeAll();
        for (ReportTable table : tables.subList(2, tables.size())) {
            Grid<List<?>> grid = grid(table);
            Map<String, DashboardLinks.Target> lines = links.at(table.title());
            if (!lines.isEmpty()) {
                // drill-down: a line opens the list it counts, already filtered
                grid.addItemClickListener(click -> {
                    DashboardLinks.Target target = lines.get(String.valueOf(click.getItem().getFirst()));
                    if (target != null) {
                        open(target);
                    }
                });
                grid.setTooltipGenerator(row -> lines.containsKey(String.valueOf(row.getFirst()))
                        ? getTranslation("app.dashboard.open-list") : null);
            }
            breakdowns.add(new H4(table.title()), grid);
        }
        breakdowns.add(new Paragraph(getTranslation("app.dashboard.definitions", report.hoursPerEtp())));
    }

    /** What the page sends when a chart is clicked: the index of the bar's category, or null off the bars. */
    static final String BAR_CLICKED = "event.target.getAttribute('" + DashboardCharts.Chart.BAR_ATTRIBUTE + "')";

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    /** Whether the user may open a list route ({@code @RolesAllowed} of its view): only then is a link offered. */
    private boolean mayOpen(String route) {
        Principal principal = user::name;
        return RouteConfiguration.forApplicationScope().getRoute(route)
                .map(view -> ACCESS.hasAccess(view, principal, role -> user.hasAnyRole(role))).orElse(false);
    }

    private void leadsTo(Div card, DashboardLinks.@Nullable Target target) {
        if (target != null) {
            card.getStyle().set("cursor", "pointer");
            card.getElement().setAttribute("title", getTranslation("app.dashboard.open-list"));
            card.addClickListener(click -> open(target));
        }
    }

    private void open(DashboardLinks.Target target) {
        getUI().ifPresent(ui -> ui.navigate(target.route(), target.query()));
    }

    /** A headline figure: its name, its value, and the change from a year earlier. */
    private Div card(List<?> row) {
        Span label = new Span(String.valueOf(row.get(0)));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span value = new Span(ReportTable.text(row.get(1), getLocale()));
        value.addClassName("figure-value");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Object change = row.get(3);
        Span trend = new Span(change == null ? getTranslation("app.dashboard.no-change",
                ReportTable.text(row.get(2), getLocale()))
                : getTranslation("app.dashboard.change", (((BigDecimal) change).signum() > 0 ? "+" : "")
                + ReportTable.text(change, getLocale()), ReportTable.text(row.get(2), getLocale())));
        trend.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        Div card = new Div(label, new Div(value), trend);
        card.addClassName("headline-figure");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "12rem")
                .set("flex", "1 1 12rem");
        return card;
    }

    private Div sinceCard(ReportTable since) {
        Span label = new Span(since.title());
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(label);
        for (List<?> row : since.rows()) {
            Span value = new Span(ReportTable.text(row.get(1), getLocale()) + " " + row.get(0));
            card.add(new Div(value));
        }
        card.setId("dashboard-since-figures");
        card.addClassName("headline-figure");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "12rem")
                .set("flex", "1 1 12rem");
        return card;
    }

    private Grid<List<?>> grid(ReportTable table) {
        Grid<List<?>> rows = new Grid<>();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            rows.addColumn(row -> ReportTable.text(row.get(column), getLocale())).setHeader(table.headers().get(i))
                    .setKey("c" + i)
                    .setTextAlign(i > 0 ? ColumnTextAlign.END : ColumnTextAlign.START)
                    .setFlexGrow(i == 0 ? 3 : 1).setAutoWidth(i > 0);
        }
        rows.setItems(table.rows());
        rows.setAllRowsVisible(true);
        rows.setEmptyStateText(getTranslation("app.dashboard.empty"));
        return rows;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.dashboard.title");
    }
}
