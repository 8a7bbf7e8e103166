package fr.nanterre.insertion.app.ui.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import fr.nanterre.insertion.app.dashboard.PolicyFigures;
import fr.nanterre.platform.pdf.PdfReport;
import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.spreadsheet.XlsxExport;

/**
 * The yearly report of the insertion policy ("bilan annuel de la politique d'insertion"), for the municipal council:
 * the dashboard's headline figures, its charts (the same JFreeChart drawings as on screen) and its tables, as PDF;
 * the tables alone as XLSX.
 */
final class PolicyReport {

    private final PolicyFigures figures;
    private final DashboardTables tables;
    private final DashboardCharts charts;

    PolicyReport(PolicyFigures figures, DashboardTables tables, DashboardCharts charts) {
        this.figures = figures;
        this.tables = tables;
        this.charts = charts;
    }

    PolicyFigures figures() {
        return figures;
    }

    DashboardCharts charts() {
        return charts;
    }

    /** Where the screen's figures, bars and lines lead (filled as the tables and charts are built). */
    DashboardLinks links() {
        return tables.links();
    }

    java.math.BigDecimal hoursPerEtp() {
        return figures.hoursPerEtp();
    }

    String title() {
        return figures.from().getYear() == figures.to().getYear()
                && figures.from().getDayOfYear() == 1 && figures.to().equals(figures.to().withDayOfYear(
                figures.to().lengthOfYear()))
                ? tables.text("app.dashboard.report.title-year", String.valueOf(figures.to().getYear()))
                : tables.text("app.dashboard.report.title", date(figures.from()), date(figures.to()));
    }

    String fileName(String extension) {
        return "bilan-insertion-" + figures.from() + "-" + figures.to() + "." + extension;
    }

    List<ReportTable> tables() {
        return tables.all();
    }

    byte[] xlsx() {
        return XlsxExport.write(tables());
    }

    byte[] pdf(LocalDate today) {
        PdfReport pdf = new PdfReport(title(), tables.localeOf());
        pdf.text(tables.text("app.dashboard.report.subtitle"));
        pdf.text(tables.text("app.dashboard.report.made-on", date(today)));
        pdf.text(tables.text("app.dashboard.definitions", figures.hoursPerEtp()));
        pdf.table(tables.headline()).table(tables.since());
        for (DashboardCharts.Chart chart : charts.all()) {
            pdf.image(chart.title(), chart.picture());
        }
        pdf.newPage();
        List<ReportTable> all = tables();
        all.subList(2, all.size()).forEach(pdf::table);
        return pdf.toBytes();
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(tables.localeOf()).format(day);
    }
}
