package fr.nanterre.insertion.urbanrenewal.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import fr.nanterre.insertion.urbanrenewal.progress.CharterReport;
import fr.nanterre.insertion.urbanrenewal.progress.Figures;
import fr.nanterre.platform.pdf.PdfReport;
import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.spreadsheet.XlsxExport;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;

/**
 * A project's yearly charter report in the reader's language, as ANRU and the charter's steering committee ask for
 * it: the project's total, then by owner, by category and by operation, as tables that are the same on screen, in
 * the XLSX and in the PDF. Counts of people from 1 to 4 read "< 5" for a reader of aggregates only.
 */
final class CharterReportDocument {

    private final CharterReport report;
    private final Locale locale;
    private final boolean masked;

    CharterReportDocument(CharterReport report, Locale locale, boolean masked) {
        this.report = report;
        this.locale = locale;
        this.masked = masked;
    }

    String title() {
        return text("urbanrenewal.report.title", report.project().name(), String.valueOf(report.year()));
    }

    /** The project's total; by owner; by category; by operation. */
    List<ReportTable> tables() {
        List<List<?>> owners = report.owners().stream().<List<?>>map(line -> row(line.label(), null, line))
                .toList();
        List<List<?>> categories = report.categories().stream().<List<?>>map(line ->
                row(text("urbanrenewal.category." + line.label()), null, line)).toList();
        List<List<?>> operations = report.operations().stream().<List<?>>map(line ->
                row(line.label(), line.ownerName() == null ? "" : line.ownerName(), line)).toList();
        return List.of(
                new ReportTable(text("urbanrenewal.report.total"), headers("urbanrenewal.report.project", false),
                        List.of(row(report.project().name(), null, report.total()))),
                new ReportTable(text("urbanrenewal.report.by-owner"), headers("urbanrenewal.report.owner", false),
                        owners),
                new ReportTable(text("urbanrenewal.report.by-category"),
                        headers("urbanrenewal.report.category", false), categories),
                new ReportTable(text("urbanrenewal.report.by-operation"),
                        headers("urbanrenewal.report.operation", true), operations));
    }

    private List<String> headers(String labelKey, boolean withOwner) {
        List<String> headers = new ArrayList<>();
        headers.add(text(labelKey));
        if (withOwner) {
            headers.add(text("urbanrenewal.report.owner"));
        }
        headers.addAll(List.of(text("urbanrenewal.report.charter-target"),
                text("urbanrenewal.report.hours", String.valueOf(report.year())),
                text("urbanrenewal.report.nanterre-hours"), text("urbanrenewal.report.qpv-hours"),
                text("urbanrenewal.report.qpv-share"), text("urbanrenewal.report.people"),
                text("urbanrenewal.report.contracts"), text("urbanrenewal.report.since-start"),
                text("urbanrenewal.report.percent"), text("urbanrenewal.report.status")));
        return headers;
    }

    /** Numbers stay numbers (the spreadsheet sums them); a count of people hidden from a viewer is text. */
    private List<?> row(String label, @Nullable String owner, CharterReport.Line line) {
        Figures year = line.inYear();
        List<Object> row = new ArrayList<>();
        row.add(label);
        if (owner != null) {
            row.add(owner);
        }
        row.add(line.charterTarget());
        row.add(year.hours());
        row.add(year.nanterreHours());
        row.add(year.qpvHours());
        row.add(year.qpvSharePercent());
        row.add(CharterText.peopleCell(year.people(), masked, locale));
        row.add(CharterText.peopleCell(year.contracts(), masked, locale));
        row.add(line.sinceStart());
        row.add(line.percentOfTarget());
        row.add(CharterText.status(line.status(), locale));
        return row;
    }

    /** What each figure counts, under the tables. */
    String definitions() {
        return text("urbanrenewal.report.definitions");
    }

    byte[] xlsx() {
        return XlsxExport.write(tables());
    }

    /**
     * The same tables on A4 pages: each in two parts, the year's hours and people, then the charter's progress with
     * the year's QPV share, since a page's width holds six columns legibly, not eleven. An operation's owner goes
     * with its name.
     */
    byte[] pdf(LocalDate generatedOn) {
        PdfReport pdf = new PdfReport(title(), locale).text(text("urbanrenewal.report.parties",
                report.project().qpvs()));
        for (ReportTable table : tables()) {
            pdf.table(part(table, text("urbanrenewal.report.part.year", table.title(), String.valueOf(report.year())),
                    YEAR_COLUMNS));
            pdf.table(part(table, text("urbanrenewal.report.part.charter", table.title(),
                    String.valueOf(report.year())), CHARTER_COLUMNS));
        }
        return pdf.text(definitions())
                .text(text("urbanrenewal.report.generated", ReportTable.text(generatedOn, locale)))
                .toBytes();
    }

    /** After the label: hours in the year, of which Nanterre and QPV residents', people, contracts. */
    private static final int[] YEAR_COLUMNS = {2, 3, 4, 6, 7};
    /** After the label: charter target, Nanterre residents' hours since the start, percent, the year's QPV share, status. */
    private static final int[] CHARTER_COLUMNS = {1, 8, 9, 5, 10};

    /** The label and these columns (counted as in a table without an owner column) of the table. */
    private ReportTable part(ReportTable table, String title, int[] columns) {
        int shift = table.headers().size() - 11;
        List<String> headers = new ArrayList<>();
        headers.add(table.headers().getFirst());
        for (int column : columns) {
            headers.add(table.headers().get(column + shift));
        }
        List<List<?>> rows = new ArrayList<>();
        for (List<?> row : table.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(shift == 0 ? row.getFirst() : text("urbanrenewal.report.operation-of", row.get(0), row.get(1)));
            for (int column : columns) {
                cells.add(row.get(column + shift));
            }
            rows.add(cells);
        }
        return new ReportTable(title, headers, rows);
    }

    /** "bilan-charte-prus-universite-2026.pdf" */
    String fileName(String extension) {
        String project = SearchKey.of(report.project().name()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "bilan-charte-" + project + "-" + report.year() + "." + extension;
    }

    private String text(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }
}
