package fr.nanterre.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader.Content;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader.Line;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
                List.of("ACI Les Jardins", "12,5", "2026-03-01"),
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

    /** What French Excel's "CSV (séparateur : point-virgule)" writes: Windows-1252, CR LF, decimal commas. */
    private static final String FRENCH_EXCEL = "Nom;Prénom;Heures\r\nLefèvre;Élodie;151,67\r\nN'Diaye;Aïssata;35,5\r\n";

    @Test
    void aFrenchExcelCsvInWindows1252IsReadWithItsAccents() {
        Content content = SpreadsheetReader.content("releve.csv", FRENCH_EXCEL.getBytes(SpreadsheetReader.WINDOWS_1252));

        assertThat(content.problem()).isNull();
        assertThat(content.encoding()).isEqualTo(SpreadsheetReader.WINDOWS_1252);
        assertThat(content.lines()).extracting(Line::cells).containsExactly(
                List.of("Nom", "Prénom", "Heures"),
                List.of("Lefèvre", "Élodie", "151,67"),
                List.of("N'Diaye", "Aïssata", "35,5"));
    }

    @Test
    void theSameFileInUtf8WithAByteOrderMarkReadsTheSame() {
        byte[] utf8 = ("\uFEFF" + FRENCH_EXCEL).getBytes(StandardCharsets.UTF_8);
        Content content = SpreadsheetReader.content("releve.csv", utf8);

        assertThat(content.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(content.lines()).extracting(Line::cells).containsExactly(
                List.of("Nom", "Prénom", "Heures"),
                List.of("Lefèvre", "Élodie", "151,67"),
                List.of("N'Diaye", "Aïssata", "35,5"));
        assertThat(content.lines()).extracting(Line::number).containsExactly(1, 2, 3);
    }

    @Test
    void theCallerMayImposeTheEncoding() {
        // "Ã©" is what a UTF-8 "é" looks like in Windows-1252: valid UTF-8, so detection says UTF-8
        byte[] file = "Nom;Prénom\nLefÃ¨vre;Ã‰lodie\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SpreadsheetReader.content("x.csv", file).lines().get(1).cells()).containsExactly("LefÃ¨vre", "Ã‰lodie");

        Content imposed = SpreadsheetReader.content("x.csv", FRENCH_EXCEL.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1);
        assertThat(imposed.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(imposed.lines().get(1).cells()).containsExactly("Lefèvre", "Élodie", "151,67");

        Content wrong = SpreadsheetReader.content("x.csv", FRENCH_EXCEL.getBytes(StandardCharsets.UTF_8),
                SpreadsheetReader.WINDOWS_1252);
        assertThat(wrong.lines().get(1).cell(0)).isEqualTo("LefÃ¨vre");
    }

    @Test
    void commaAndTabSeparatedFilesAreRecognised() {
        String comma = "Nom,Prénom,Heures\nLefèvre,Élodie,\"151,67\"\nMartin,Jean-Pierre,35\n";
        assertThat(SpreadsheetReader.read("x.csv", comma.getBytes(StandardCharsets.UTF_8))).extracting(Line::cells)
                .containsExactly(List.of("Nom", "Prénom", "Heures"), List.of("Lefèvre", "Élodie", "151,67"),
                        List.of("Martin", "Jean-Pierre", "35"));

        String tab = "Nom\tPrénom\tHeures\nLefèvre\tÉlodie\t151,67\n";
        assertThat(SpreadsheetReader.read("x.txt", tab.getBytes(StandardCharsets.UTF_8))).extracting(Line::cells)
                .containsExactly(List.of("Nom", "Prénom", "Heures"), List.of("Lefèvre", "Élodie", "151,67"));
    }

    @Test
    void semicolonsWinWhenTheyAndCommasSplitTheFileAlike() {
        // one comma per line too, in the decimal hours: both split consistently, ";" is preferred
        String csv = "Nom;Heures,total\nLefèvre;151,67\nMartin;35,5\n";
        assertThat(SpreadsheetReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)).get(1).cells())
                .containsExactly("Lefèvre", "151,67");
    }

    @Test
    void aQuotedCellKeepsItsSeparatorsQuotesAndLineBreaks() {
        String csv = "Nom;Adresse;Heures\n\"Lefèvre; Élodie\";\"12 rue \"\"des Lilas\"\"\nBât. B\";151,67\nMartin;Nanterre;35\n";
        List<Line> lines = SpreadsheetReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(lines).extracting(Line::cells).containsExactly(
                List.of("Nom", "Adresse", "Heures"),
                List.of("Lefèvre; Élodie", "12 rue \"des Lilas\"\nBât. B", "151,67"),
                List.of("Martin", "Nanterre", "35"));
        // a record's number is the file line where it starts
        assertThat(lines).extracting(Line::number).containsExactly(1, 2, 4);
    }

    @Test
    void anEmptyOrUnreadableFileIsAProblemToReport() {
        assertThat(SpreadsheetReader.content("x.csv", new byte[0]).problem()).isEqualTo("common.file.empty");
        assertThat(SpreadsheetReader.content("x.csv", "\uFEFF\n;;\n".getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo("common.file.empty");
        assertThat(SpreadsheetReader.content("x.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo("common.file.unreadable");
    }

    @Test
    void anXlsxKeepsItsTitleRowAndReadsDatesAsIso() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Relevé");
            sheet.createRow(0).createCell(0).setCellValue("Relevé d'heures de mars 2026");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("Nom");
            header.createCell(1).setCellValue("Date de naissance");
            header.createCell(2).setCellValue("Heures");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row line = sheet.createRow(3);
            line.createCell(0).setCellValue("Lefèvre");
            line.createCell(1).setCellValue(LocalDate.of(1990, 4, 12));
            line.getCell(1).setCellStyle(date);
            line.createCell(2).setCellValue(151.67);
            Row whole = sheet.createRow(4);
            whole.createCell(0).setCellValue("N'Diaye");
            whole.createCell(2).setCellValue(35.0);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        List<Line> lines = SpreadsheetReader.read("releve.xlsx", xlsx);

        assertThat(lines).extracting(Line::number).containsExactly(1, 3, 4, 5);
        assertThat(lines).extracting(Line::cells).containsExactly(
                List.of("Relevé d'heures de mars 2026"),
                List.of("Nom", "Date de naissance", "Heures"),
                List.of("Lefèvre", "1990-04-12", "151,67"),
                List.of("N'Diaye", "", "35"));
    }

    /** A SIRET typed as a number in Excel's "General" format keeps its 14 digits, not 9,00021E+13. */
    @Test
    void aSiretTypedAsANumberKeepsItsDigits() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("Relevé").createRow(0);
            row.createCell(0).setCellValue(90002050800017d);
            row.createCell(1).setCellValue(12.5);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(SpreadsheetReader.read("releve.xlsx", xlsx)).singleElement()
                .satisfies(line -> assertThat(line.cells()).containsExactly("90002050800017", "12,5"));
    }

    /** A file is what its bytes say, not what its name says. */
    @Test
    void theContentNotTheNameSaysWhatAFileIs() throws IOException {
        byte[] random = new byte[4096];
        new java.util.Random(13).nextBytes(random);
        assertThat(SpreadsheetReader.content("releve.csv", random).problem()).as("binary named .csv")
                .isEqualTo("common.file.unreadable");
        assertThat(SpreadsheetReader.content("releve.csv", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
                .problem()).isEqualTo("common.file.unreadable");
        assertThat(SpreadsheetReader.content("releve.csv", "Nom;Heures\n".getBytes(StandardCharsets.UTF_16LE))
                .problem()).as("UTF-16: NUL bytes").isEqualTo("common.file.unreadable");

        byte[] xlsx;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("Relevé").createRow(0);
            row.createCell(0).setCellValue("Nom");
            row.createCell(1).setCellValue("Heures");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(SpreadsheetReader.content("releve.csv", xlsx).lines()).as("an XLSX named .csv")
                .extracting(Line::cells).containsExactly(List.of("Nom", "Heures"));
    }

    @Test
    void tenThousandColumnsOrMoreThanTwoHundredThousandLinesAreRefusedWhole() throws IOException {
        String wide = String.join(";", java.util.Collections.nCopies(10_000, "x"));
        assertThat(SpreadsheetReader.content("x.csv", (wide + "\n").getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo("common.file.too-many-columns");
        String tall = "Nom;Heures\n" + "a;1\n".repeat(200_000);
        assertThat(SpreadsheetReader.content("x.csv", tall.getBytes(StandardCharsets.UTF_8)).problem())
                .as("200,001 lines").isEqualTo("common.file.too-many-lines");
        String justRight = "Nom;Heures\n" + "a;1\n".repeat(199_999);
        assertThat(SpreadsheetReader.content("x.csv", justRight.getBytes(StandardCharsets.UTF_8)).lines())
                .hasSize(200_000);

        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("Relevé").createRow(0);
            row.createCell(1_000).setCellValue("the 1,001st column");
            workbook.write(out);
            assertThat(SpreadsheetReader.content("x.xlsx", out.toByteArray()).problem())
                    .isEqualTo("common.file.too-many-columns");
        }
    }

    /** OWASP's advice against formula injection: text a spreadsheet would evaluate is written with an apostrophe. */
    @Test
    void anExportNeutralisesFormulaLikeTextAndKeepsNumbersAsValues() throws IOException {
        byte[] xlsx = XlsxExport.write("Liste", List.of("Nom", "Heures"), Stream.of(
                List.of("=cmd|' /C calc'!A0", -5), List.of("@SUM(1+1)", 12.5), List.of("+33 1 23 45 67 89", 0),
                List.of("-2+3+cmd|' /C calc'!A0", 1), List.of("Lefèvre", 2)));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(Stream.of(1, 2, 3, 4, 5).map(r -> sheet.getRow(r).getCell(0).getStringCellValue())).containsExactly(
                    "'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+33 1 23 45 67 89", "'-2+3+cmd|' /C calc'!A0", "Lefèvre");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).as("a negative number stays a number")
                    .isEqualTo(-5);
        }
    }
}
