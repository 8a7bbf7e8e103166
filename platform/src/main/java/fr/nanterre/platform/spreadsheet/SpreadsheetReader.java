package fr.nanterre.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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
            if (content.length == 0) {
                return new Content(List.of(), "common.file.empty");
            }
            Kind kind = kind(content);
            if (kind == Kind.BINARY || isXlsx(fileName) && kind != Kind.XLSX) {
                return new Content(List.of(), "common.file.unreadable");
            }
            if (kind == Kind.XLSX) {
                List<Line> lines = readXlsx(content);
                return lines.isEmpty() ? new Content(List.of(), "common.file.empty") : new Content(lines, null);
            }
            Charset charset = encoding != null ? encoding : encoding(content);
            List<Line> lines = readCsv(text(content, charset));
            return new Content(lines, lines.isEmpty() ? "common.file.empty" : null, charset);
        } catch (TooLarge tooLarge) {
            return new Content(List.of(), tooLarge.problem);
        } catch (RuntimeException | OutOfMemoryError unreadable) {
            return new Content(List.of(), "common.file.unreadable");
        }
    }

    /** Reads a file whatever its name says, by its content; an unreadable one throws. */
    public static List<Line> read(String fileName, byte[] content) {
        return kind(content) == Kind.XLSX ? readXlsx(content) : readCsv(text(content, encoding(content)));
    }

    /** What a file is, by its first bytes (its "magic"), never by its name. */
    public enum Kind { XLSX, TEXT, BINARY }

    /** The most lines and columns a file may have: beyond, it is refused whole, with a message. */
    public static final int MAX_LINES = 200_000;
    public static final int MAX_COLUMNS = 1_000;
    /** The most an XLSX part may hold once unzipped, and the least compression ratio tolerated (zip bombs). */
    public static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    /**
     * XLSX when the file starts as a ZIP archive does ({@code PK 03 04}); binary when it starts as another known
     * binary format does (PDF, old Excel, images, executables) or holds a NUL byte early on; text otherwise.
     */
    public static Kind kind(byte[] content) {
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return Kind.XLSX;
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46) || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)
                || startsWith(content, 0x89, 0x50, 0x4E, 0x47) || startsWith(content, 0xFF, 0xD8, 0xFF)
                || startsWith(content, 0x47, 0x49, 0x46, 0x38) || startsWith(content, 0x7F, 0x45, 0x4C, 0x46)
                || startsWith(content, 0x4D, 0x5A) || startsWith(content, 0x50, 0x4B)
                || startsWith(content, 0x1F, 0x8B)) {
            return Kind.BINARY;
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return Kind.BINARY;
            }
        }
        return Kind.TEXT;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file beyond a limit; {@link #problem} is the message's key. */
    private static final class TooLarge extends RuntimeException {

        final String problem;

        TooLarge(String problem) {
            super(problem, null, false, false);
            this.problem = problem;
        }
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

    /**
     * The first sheet, streamed (POI's event API over a temporary file): the rows are never all held as cells in
     * memory, an unzipped part beyond {@link #MAX_UNZIPPED_BYTES} or unzipping more than 100 times its size is
     * refused (POI's {@link ZipSecureFile}), and so are more than {@link #MAX_LINES} rows or {@link #MAX_COLUMNS}
     * columns.
     */
    private static List<Line> readXlsx(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("insertion-import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
                StylesTable styles = reader.getStylesTable();
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return List.of();
                }
                Rows rows = new Rows();
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new Formatter(),
                            false));
                    parser.parse(new InputSource(sheet));
                }
                return rows.lines;
            }
        } catch (TooLarge tooLarge) {
            throw tooLarge;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            if (e.getCause() instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
            throw new IllegalArgumentException("The XLSX file could not be read", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system's cleaning takes it
                }
            }
        }
    }

    /** Collects the rows as the sheet streams by, cells placed by their column letter. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<Line> lines = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private int rows;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            if (++rows > MAX_LINES) {
                throw new TooLarge("common.file.too-many-lines");
            }
        }

        @Override
        public void endRow(int rowNum) {
            add(lines, rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw new TooLarge("common.file.too-many-columns");
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
        }
    }

    /**
     * As French spreadsheets show numbers ({@code 12,5}), except a date, written ISO {@code yyyy-MM-dd} whatever
     * its display format, and a long whole number in the "General" format (a SIRET typed as a number), which keeps
     * its digits instead of {@code 9,00021E+13}.
     */
    private static final class Formatter extends DataFormatter {

        Formatter() {
            super(Locale.FRANCE);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            // a value below 1 is a time of day alone, not a date
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value) && value >= 1) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            if (formatIndex == GENERAL_FORMAT && value == Math.rint(value) && Math.abs(value) >= LONG_WHOLE_NUMBER) {
                return new BigDecimal(value).toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
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
                if (record.size() > MAX_COLUMNS) {
                    throw new TooLarge("common.file.too-many-columns");
                }
                if (lines.size() >= MAX_LINES) {
                    throw new TooLarge("common.file.too-many-lines");
                }
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
