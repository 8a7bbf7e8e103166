package fr.nanterre.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import fr.nanterre.platform.report.ReportTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as an XLSX workbook: one header row, then one row per item, with numbers and dates as real
 * spreadsheet values (not text), so that users can sum and filter them. Rows are streamed: a long list is
 * never held in memory as a whole workbook. A report of several tables gets one sheet per table.
 */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;

    private XlsxExport() {
    }

    public static byte[] write(String sheetName, List<String> headers, Stream<? extends List<?>> rows) {
        return workbook(sheets -> sheets.add(sheetName, headers, rows));
    }

    /** One sheet per table, named after its title. */
    public static byte[] write(List<ReportTable> tables) {
        return workbook(sheets -> tables.forEach(table -> sheets.add(table.title(), table.headers(),
                table.rows().stream())));
    }

    /**
     * Text that a spreadsheet would take for a formula ({@code =cmd|' /C calc'!A0}, {@code @SUM(…)}, {@code +…},
     * {@code -…}, or a tab or carriage return first) gets a leading apostrophe, as OWASP advises against formula
     * injection: shown as typed, never evaluated, even once the sheet is saved again as CSV. Numbers and dates are
     * written as values and need nothing.
     */
    public static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static byte[] workbook(Consumer<Sheets> content) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(new Sheets(workbook));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The spreadsheet could not be written", e);
        }
    }

    /** Adds sheets to one workbook, sharing its header and date styles. */
    private static final class Sheets {

        private final SXSSFWorkbook workbook;
        private final CellStyle bold;
        private final CellStyle date;

        Sheets(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        }

        void add(String name, List<String> headers, Stream<? extends List<?>> rows) {
            // a sheet's name is at most 31 characters, without : / \ ? * [ ]
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int[] index = {1};
            rows.forEach(values -> {
                Row row = sheet.createRow(index[0]++);
                for (int i = 0; i < values.size(); i++) {
                    write(row.createCell(i), values.get(i));
                }
            });
            sheet.createFreezePane(0, 1);
        }

        private void write(Cell cell, Object value) {
            switch (value) {
                case null -> cell.setBlank();
                case Number number -> cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue()
                        : number.doubleValue());
                case Boolean bool -> cell.setCellValue(bool);
                case LocalDate localDate -> {
                    cell.setCellValue(localDate);
                    cell.setCellStyle(date);
                }
                case LocalDateTime dateTime -> {
                    cell.setCellValue(dateTime);
                    cell.setCellStyle(date);
                }
                default -> cell.setCellValue(neutralised(value.toString()));
            }
        }
    }
}
