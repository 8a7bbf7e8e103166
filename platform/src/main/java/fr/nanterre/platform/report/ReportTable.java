package fr.nanterre.platform.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import fr.nanterre.platform.text.Format;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report, the same on screen, in the spreadsheet and in the PDF: a title, column headers, and rows
 * of values (text, numbers, dates; null where a value does not apply). Values stay numbers and dates, so that the
 * spreadsheet keeps them as such and the screen and the PDF write them the reader's way ({@link #text}).
 */
public record ReportTable(String title, List<String> headers, List<List<?>> rows) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Whether the column holds numbers, which are aligned right. */
    public boolean isNumeric(int column) {
        return rows.stream().anyMatch(row -> column < row.size() && row.get(column) instanceof Number);
    }

    /** A value as the reader's language writes it: 1 607,5 or 1,607.5 (two decimals at most), 1 décembre 2026. */
    public static String text(@Nullable Object value, Locale locale) {
        return switch (value) {
            case null -> "—";
            case Number number -> Format.number(number, locale);
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
            default -> value.toString();
        };
    }
}
