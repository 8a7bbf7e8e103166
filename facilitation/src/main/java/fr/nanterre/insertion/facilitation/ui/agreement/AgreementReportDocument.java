package fr.nanterre.insertion.facilitation.ui.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import fr.nanterre.insertion.facilitation.agreement.AgreementReport;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.platform.pdf.PdfReport;
import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.spreadsheet.XlsxExport;

/**
 * The yearly report of the MEF's agreement in the reader's language, as tables that are the same on screen, in the
 * XLSX and in the PDF.
 */
final class AgreementReportDocument {

    private final AgreementReport report;
    private final Locale locale;

    AgreementReportDocument(AgreementReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
    }

    String title() {
        return text("facilitation.agreement.report.title", String.valueOf(report.year()));
    }

    /** Objectives against results; exits by category; the agreement and the other figures. */
    List<ReportTable> tables() {
        List<List<?>> comparisons = report.comparisons().stream().<List<?>>map(c -> Arrays.asList(
                text("facilitation.agreement.measure." + c.measure().name()), c.objective(), c.result(), c.rate()))
                .toList();
        List<List<?>> exits = new ArrayList<>();
        for (OutcomeCategory category : OutcomeCategory.values()) {
            exits.add(List.of(text("facilitation.agreement.category." + category.name()),
                    report.exits().get(category), text(AgreementReport.DYNAMIC_EXITS.contains(category)
                            ? "common.yes" : "common.no")));
        }
        exits.add(Arrays.asList(text("facilitation.agreement.exits.total"), report.allExits(), null));
        return List.of(
                new ReportTable(text("facilitation.agreement.report.objectives"), List.of(
                        text("facilitation.agreement.report.measure"), text("facilitation.agreement.report.objective"),
                        text("facilitation.agreement.report.result"), text("facilitation.agreement.report.rate")),
                        comparisons),
                new ReportTable(text("facilitation.agreement.report.exits"), List.of(
                        text("facilitation.agreement.report.category"), text("facilitation.agreement.report.count"),
                        text("facilitation.agreement.report.dynamic")), exits),
                new ReportTable(text("facilitation.agreement.report.figures"), List.of(
                        text("facilitation.agreement.report.measure"), text("facilitation.agreement.report.value")),
                        List.of(List.of(text("facilitation.agreement.grant"), report.agreement().terms().grantAmount()),
                                List.of(text("facilitation.agreement.signed-on"), report.agreement().terms().signedOn()),
                                List.of(text("facilitation.agreement.report.etp", report.hoursPerEtp()),
                                        report.fullTimeEquivalents()),
                                List.of(text("facilitation.agreement.report.placements-started"),
                                        report.placementsStarted()))));
    }

    /** What each figure counts, under the tables. */
    String definitions() {
        return text("facilitation.agreement.report.definitions");
    }

    byte[] xlsx() {
        return XlsxExport.write(tables());
    }

    byte[] pdf(LocalDate generatedOn) {
        PdfReport pdf = new PdfReport(title(), locale).text(text("facilitation.agreement.report.parties"));
        tables().forEach(pdf::table);
        return pdf.text(definitions())
                .text(text("facilitation.agreement.report.generated", ReportTable.text(generatedOn, locale)))
                .toBytes();
    }

    String fileName(String extension) {
        return "convention-mef-" + report.year() + "." + extension;
    }

    private String text(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }
}
