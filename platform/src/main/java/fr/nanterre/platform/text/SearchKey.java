package fr.nanterre.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names are stored for searching and searched for: lower case, without accents, single spaces.
 * "École" is found by "ecole", whatever the database's collation, and a {@code like} on it can use a trigram index.
 */
public final class SearchKey {

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** A {@code like} pattern that finds the text anywhere, its own {@code %} and {@code _} taken literally. */
    public static String containing(String text) {
        return "%" + of(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
