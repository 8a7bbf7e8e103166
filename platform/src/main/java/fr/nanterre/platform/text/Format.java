package fr.nanterre.platform.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts and numbers written the way the user's language writes them: 1 000 000,00 € or €1,000,000.00. */
public final class Format {

    private Format() {
    }

    public static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return locale.getLanguage().equals("en") ? "€" + format.format(amount) : format.format(amount) + " €";
    }

    public static String number(Number value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return value == null ? "" : format.format(value);
    }
}
