package fr.nanterre.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of an XLSX file, or a CSV file, into rows of text cells, for files as users really send
 * them (decision 0023).
 * <ul>
 *   <li>CSV: the encoding is UTF-8 (with or without a byte-order mark) or, when the bytes are not valid UTF-8,
 *   Windows-1252, which French Excel writes; the caller may impose one. The separator is {@code ;}, {@code ,} or
 *   a tab, whichever splits the first records into the same number of columns. Quoted cells may hold
 *   separators, doubled quotes and line breaks (Apache Commons CSV reads them).</li>
 *   <li>XLSX: every row of the first sheet, title rows above the header included (finding the header is each
 *   import's business); numbers as French spreadsheets show them ({@code 12,5}), dates as ISO
 *   {@code yyyy-MM-dd}.</li>
 * </ul>
 * Rows that are entirely blank are dropped; each row keeps the line number where it starts in the file, for the
 * import report.
 */
public final class SpreadsheetReader {

    /** One row of the file: its 1-based line number (the header is line 1) and its cells, trimmed. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /**
     * A file's lines, or the key of the message saying why there are none ({@code common.file.*}), and the
     * encoding its text was read in (null for an XLSX file, or a file that could not be read), so that a screen
     * can show it and let the user choose another.
     */
    public record Content(List<Line> lines, @Nullable String problem, @Nullable Charset encoding) {

        public Content(List<Line> lines, @Nullable String problem) {
            this(lines, problem, null);
        }
    }

    /** French Excel's "CSV (séparateur : point-virgule)": a superset of ISO-8859-1 for the printable characters. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** In the order preferred when two split the file equally well. */
    private static final char[] SEPARATORS = {';', ',', '\t'};
    /** How many records the separator is judged on. */
    private static final int SAMPLE = 20;

    private SpreadsheetReader() {
    }

    /** Like {@link #read}, but an unreadable or empty file is a problem to report, not an exception. */
    public static Content content(String fileName, byte[] content) {
        return content(fileName, content, null);
    }

    /**
     * Like {@link #content(String, byte[])}, reading a CSV file in {@code encoding}, or in the one detected when
     * null. The encoding is ignored for an XLSX file.
     */
    public static Content content(String fileName, byte[] content, @Nullable Charset encoding) {
        try {
            if (isXlsx(fileName)) {
                List<Line> lines = readXlsx(content);
                return lines.isEmpty() ? new Content(List.of(), "common.file.empty") : new Content(lines, null);
            }
            Charset charset = encoding != null ? encoding : encoding(content);
            List<Line> lines = readCsv(text(content, charset));
            return new Content(lines, lines.isEmpty() ? "common.file.empty" : null, charset);
        } catch (RuntimeException unreadable) {
            return new Content(List.of(), "common.file.unreadable");
        }
    }

    public static List<Line> read(String fileName, byte[] content) {
        return isXlsx(fileName) ? readXlsx(content) : readCsv(text(content, encoding(content)));
    }

    /**
     * The encoding of a CSV file: UTF-8 when it starts with a byte-order mark or its bytes decode as UTF-8 (a
     * Windows-1252 text with accents practically never does), Windows-1252 otherwise.
     */
    public static Charset encoding(byte[] content) {
        if (hasByteOrderMark(content)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    /** Whether the file is a workbook (read by POI), not text. */
    public static boolean isXlsx(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static boolean hasByteOrderMark(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    private static String text(byte[] content, Charset charset) {
        String text = new String(content, charset);
        // the mark, decoded as UTF-8; in another encoding it is three characters that no header starts with
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
                    cells.add(cell == null ? "" : text(cell, formatter).strip());
                }
                add(lines, row.getRowNum() + 1, cells);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("The XLSX file could not be read", e);
        }
    }

    /** A date as ISO {@code yyyy-MM-dd}, whatever its display format; anything else as the sheet shows it. */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        // a value below 1 is a time of day alone, not a date
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell) && cell.getNumericCellValue() >= 1) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            if (date != null) {
                return date.toLocalDate().toString();
            }
        }
        // a long whole number in the "General" format (a SIRET typed as a number) would show as 9,00021E+13
        if (type == CellType.NUMERIC && cell.getCellStyle().getDataFormat() == GENERAL_FORMAT) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) >= LONG_WHOLE_NUMBER) {
                return new BigDecimal(value).toPlainString();
            }
        }
        return formatter.formatCellValue(cell);
    }

    /** The built-in "General" number format of a workbook. */
    private static final short GENERAL_FORMAT = 0;
    /** From here on, the "General" format writes a whole number in scientific notation. */
    private static final double LONG_WHOLE_NUMBER = 1e11;

    private static List<Line> readCsv(String text) {
        char separator = separator(text);
        LineNumbers numbers = new LineNumbers(text);
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = format(separator).parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(cell.strip()));
                add(lines, numbers.at(record.getCharacterPosition()), cells);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV file could not be read", e);
        }
    }

    /** Empty lines are records too (dropped later as blank), so that each record's position is where it starts. */
    private static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
    }

    /**
     * The separator that splits most of the first records into one same number of columns, above one:
     * {@code ;} before {@code ,} before a tab when two do equally well.
     */
    static char separator(String text) {
        char best = SEPARATORS[0];
        int bestScore = -1;
        for (char candidate : SEPARATORS) {
            int score = score(text, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many of the first non-blank records have the commonest column count, or 0 when that count is 1. */
    private static int score(String text, char separator) {
        Map<Integer, Integer> counts = new HashMap<>();
        try (CSVParser parser = format(separator).parse(new StringReader(text))) {
            int read = 0;
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                counts.merge(record.size(), 1, Integer::sum);
                if (++read == SAMPLE) {
                    break;
                }
            }
        } catch (IOException | RuntimeException notThisOne) {
            // an unbalanced quote under this separator: judge on what was read
        }
        return counts.entrySet().stream().filter(count -> count.getKey() > 1).mapToInt(Map.Entry::getValue).max()
                .orElse(0);
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
            lines.add(new Line(number, cells));
        }
    }

    /** The 1-based line of a character of the text: a line ends with LF, CR LF or a lone CR. */
    private static final class LineNumbers {

        private final int[] starts;

        LineNumbers(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int at(long position) {
            int index = Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
