package fr.nanterre.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader.Line;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    @Test
    void aFrenchCsvWithByteOrderMarkSemicolonsAndQuotedCellsIsRead() {
        String csv = "\uFEFFNom;SIRET;Heures\n\"Régie \"\"Université\"\"\";73282932000074;151,67\n;;\nEI; 55210055400013 ;7\n";
        List<Line> lines = SpreadsheetReader.read("releve.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).cells()).containsExactly("Nom", "SIRET", "Heures");
        assertThat(lines.get(1).cells()).containsExactly("Régie \"Université\"", "73282932000074", "151,67");
        // the blank line 3 is dropped, and line numbers stay those of the file
        assertThat(lines.get(2).number()).isEqualTo(4);
        assertThat(lines.get(2).cell(1)).isEqualTo("55210055400013");
        assertThat(lines.get(2).cell(9)).isEmpty();
    }

    @Test
    void aCommaSeparatedFileIsReadWhenTheHeaderHasNoSemicolon() {
        List<Line> lines = SpreadsheetReader.read("x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines.get(1).cells()).containsExactly("1", "2");
    }

    @Test
    void whatIsExportedToXlsxReadsBackWithItsValues() {
        byte[] xlsx = XlsxExport.write("Structures", List.of("Nom", "ETP", "Depuis"),
                Stream.of(List.of("ACI Les Jardins", 12.5, LocalDate.of(2026, 3, 1)), List.of("EI Envie", 3, "")));
        List<Line> lines = SpreadsheetReader.read("export.xlsx", xlsx);

        assertThat(lines).extracting(Line::cells).containsExactly(
                List.of("Nom", "ETP", "Depuis"),
                List.of("ACI Les Jardins", "12,5", "01/03/2026"),
                List.of("EI Envie", "3", ""));
    }

    @Test
    void aReportGetsOneSheetPerTableNamedAfterItsTitle() throws IOException {
        byte[] xlsx = XlsxExport.write(List.of(
                new ReportTable("Objectifs et résultats", List.of("Indicateur", "Résultat"),
                        List.of(List.of("Heures", new BigDecimal("9876.5")))),
                new ReportTable("Sorties : par catégorie", List.of("Catégorie", "Sorties"),
                        List.of(List.of("Emploi durable", 4)))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Objectifs et résultats");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(9876.5);
            // a colon is not allowed in a sheet's name
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Sorties   par catégorie");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4);
        }
    }
}
