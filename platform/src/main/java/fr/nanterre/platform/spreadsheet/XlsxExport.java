package fr.nanterre.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as an XLSX workbook: one header row, then one row per item, with numbers and dates as real
 * spreadsheet values (not text), so that users can sum and filter them. Rows are streamed: a long list is
 * never held in memory as a whole workbook.
 */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;

    private XlsxExport() {
    }

    public static byte[] write(String sheetName, List<String> headers, Stream<? extends List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

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
                    write(row.createCell(i), values.get(i), date);
                }
            });
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The spreadsheet could not be written", e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle dateStyle) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue()
                    : number.doubleValue());
            case Boolean bool -> cell.setCellValue(bool);
            case LocalDate localDate -> {
                cell.setCellValue(localDate);
                cell.setCellStyle(dateStyle);
            }
            case LocalDateTime dateTime -> {
                cell.setCellValue(dateTime);
                cell.setCellStyle(dateStyle);
            }
            default -> cell.setCellValue(value.toString());
        }
    }
}
