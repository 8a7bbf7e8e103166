package fr.nanterre.insertion.urbanrenewal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.nanterre.insertion.urbanrenewal.progress.CharterProgress;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.pdf.PdfReport;
import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.DownloadButton;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/**
 * A project's yearly charter report for the selected year (this year by default): the tables on screen, and the
 * same tables as XLSX and PDF, read again when the user downloads them.
 */
@Route("renovation-urbaine/:id/bilan")
@RolesAllowed({Roles.URBAN_RENEWAL, Roles.ADMIN, Roles.VIEWER})
class CharterReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectRegister projects;
    private final CharterProgress progress;
    private final Clock clock;
    /** Counts of people from 1 to 4 are hidden from those who read aggregates only. */
    private final boolean masked;
    private final Locale locale;
    Project project;
    final Select<Integer> year = new Select<>();
    /** The selected year's report. */
    final VerticalLayout report = new VerticalLayout();

    CharterReportView(ProjectRegister projects, CharterProgress progress, Clock clock,
                      CurrentUser user) {
        this.projects = projects;
        this.progress = progress;
        this.clock = clock;
        this.masked = !user.hasAnyRole(Roles.URBAN_RENEWAL, Roles.ADMIN);
        this.locale = getLocale();
        setMaxWidth("100rem");
        year.setId("report-year");
        year.setLabel(getTranslation("urbanrenewal.report.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        report.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            projects.find(UUID.fromString(id)).ifPresentOrElse(this::open,
                    () -> event.rerouteToError(IllegalArgumentException.class, "project " + id));
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(IllegalArgumentException.class, "project " + id);
        }
    }

    /** The years from the project's start to this one, latest first; this year's report first. */
    private void open(Project opened) {
        this.project = opened;
        removeAll();
        int thisYear = LocalDate.now(clock).getYear();
        int first = Math.min(opened.startDate().getYear(), thisYear);
        List<Integer> years = IntStream.rangeClosed(first, thisYear).map(y -> thisYear - (y - first)).boxed()
                .toList();
        RouterLink back = new RouterLink(getTranslation("urbanrenewal.report.back", opened.name()), ProjectView.class,
                new RouteParameters("id", opened.id().toString()));
        add(back, new H2(getTranslation("urbanrenewal.report.heading", opened.name())), year, report);
        year.setItems(years);
        year.setValue(thisYear);
    }

    private void show(int shownYear) {
        report.removeAll();
        CharterReportDocument document = document(shownYear);
        ExportButton xlsx = new ExportButton(document.fileName("xlsx"), () -> document(shownYear).tables());
        xlsx.setId("report-xlsx");
        DownloadButton pdf = new DownloadButton("common.export-pdf", document.fileName("pdf"),
                PdfReport.CONTENT_TYPE, () -> pdf(shownYear));
        pdf.setId("report-pdf");
        HorizontalLayout actions = new HorizontalLayout(xlsx, pdf);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        report.add(new H3(document.title()), actions);
        for (ReportTable table : document.tables()) {
            report.add(new H4(table.title()), grid(table));
        }
        report.add(new Paragraph(document.definitions()));
    }

    /** The year's report as it is when asked: the downloads read it again when the user clicks. */
    CharterReportDocument document(int shownYear) {
        return new CharterReportDocument(progress.report(project.id(), shownYear), locale, masked);
    }

    /** What the PDF button downloads. */
    byte[] pdf(int shownYear) {
        return document(shownYear).pdf(LocalDate.now(clock));
    }

    private Grid<List<?>> grid(ReportTable table) {
        Grid<List<?>> rows = new Grid<>();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            rows.addColumn(row -> ReportTable.text(row.get(column), locale)).setHeader(table.headers().get(i))
                    .setTextAlign(table.isNumeric(i) ? ColumnTextAlign.END : ColumnTextAlign.START)
                    .setFlexGrow(i == 0 ? 3 : 1).setAutoWidth(i > 0);
        }
        rows.setItems(table.rows());
        rows.setAllRowsVisible(true);
        rows.setEmptyStateText(getTranslation("urbanrenewal.report.empty"));
        return rows;
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("urbanrenewal.projects.title")
                : getTranslation("urbanrenewal.report.heading", project.name());
    }
}
