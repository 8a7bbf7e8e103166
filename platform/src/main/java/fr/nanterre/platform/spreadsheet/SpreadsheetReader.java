package fr.nanterre.platform.spreadsheet;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of an XLSX file, or a CSV file, into rows of text cells. CSV files as French
 * spreadsheets write them are accepted: a byte-order mark, {@code ;} as the separator (or {@code ,} when the
 * header has no {@code ;}), quoted cells with doubled quotes inside. Rows that are entirely blank are dropped;
 * each row keeps its line number in the file, for the import report.
 */
public final class SpreadsheetReader {

    /** One row of the file: its 1-based line number (the header is line 1) and its cells, trimmed. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** A file's lines, or the key of the message saying why there are none ({@code common.file.*}). */
    public record Content(List<Line> lines, @Nullable String problem) {
    }

    private SpreadsheetReader() {
    }

    /** Like {@link #read}, but an unreadable or empty file is a problem to report, not an exception. */
    public static Content content(String fileName, byte[] content) {
        try {
            List<Line> lines = read(fileName, content);
            return lines.isEmpty() ? new Content(List.of(), "common.file.empty") : new Content(lines, null);
        } catch (RuntimeException unreadable) {
            return new Content(List.of(), "common.file.unreadable");
        }
    }

    public static List<Line> read(String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? readXlsx(content) : readCsv(content);
    }

    private static List<Line> readXlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.FRANCE);
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                add(lines, row.getRowNum() + 1, cells);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("The XLSX file could not be read", e);
        }
    }

    private static List<Line> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String header = reader.readLine();
            if (header == null) {
                return List.of();
            }
            char separator = header.contains(";") ? ';' : ',';
            List<Line> lines = new ArrayList<>();
            add(lines, 1, split(header, separator));
            int number = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                add(lines, number, split(line, separator));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV file could not be read", e);
        }
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
            lines.add(new Line(number, cells));
        }
    }

    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
