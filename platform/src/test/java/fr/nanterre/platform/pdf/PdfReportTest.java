package fr.nanterre.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.nanterre.platform.report.ReportTable;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class PdfReportTest {

    private static final ReportTable TABLE = new ReportTable("Objectifs et résultats",
            List.of("Indicateur", "Objectif", "Résultat", "Taux (%)"),
            List.of(List.of("Heures", 12000, new BigDecimal("9876.50"), new BigDecimal("82.3")),
                    Arrays.asList("Sorties", 0, 3, null)));

    @Test
    void aReportHasItsTitleTextAndTablesWithNumbersAndDatesWrittenTheReadersWay() throws IOException {
        byte[] pdf = new PdfReport("Convention MEF – bilan 2026", Locale.FRENCH)
                .text("Signée le " + ReportTable.text(LocalDate.of(2026, 12, 1), Locale.FRENCH))
                .table(TABLE)
                .toBytes();

        String text = textOf(pdf);
        assertThat(text).contains("Convention MEF – bilan 2026", "Signée le 1 décembre 2026",
                "Objectifs et résultats", "Sorties 0 3 —");
        assertThat(withoutSpaces(text)).contains("Heures12000", "9876,5", "82,3");
    }

    @Test
    void inEnglishNumbersUseACommaForThousands() throws IOException {
        String text = textOf(new PdfReport("MEF agreement – 2026 report", Locale.ENGLISH).table(TABLE).toBytes());
        assertThat(withoutSpaces(text)).contains("12,000", "9,876.5", "82.3");
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }

    /**
     * The extractor does not always see the gap between two cells of a row, nor the no-break space inside a
     * number ("12 000" then "9 876,5" reads "12 0009 876,5"): figures are looked for with no space at all.
     */
    static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\u00A0]", "");
    }
}
