package fr.nanterre.insertion.partners.participant;

import java.util.Locale;

/**
 * A name as identities are compared: {@code partners.identity_key} of V8, in Java, so that the names looked up
 * are normalised once here rather than by the database for every row of a large statement. The two must agree:
 * {@code IdentityKeysTest} checks them against each other.
 */
final class IdentityKeys {

    /** The letters {@code translate()} replaces in V8, and their replacements, in the same order. */
    private static final String FROM = "ÀÁÂÃÄÅĀĂĄÇĆČĈĊĎÈÉÊËĒĔĖĘĚÌÍÎÏĨĪĬĮİÑŃŇŅÒÓÔÕÖØŌŎŐÙÚÛÜŨŪŬŮŰŲÝŸŶŽŹŻŠŚŞȘŢȚŤŘŔĹĽĻŁĞĜĢàáâãäåāăąçćčĉċďèéêëēĕėęěìíîïĩīĭįıñńňņòóôõöøōŏőùúûüũūŭůűųýÿŷžźżšśşșţțťřŕĺľļłğĝģ";
    private static final String TO = "aaaaaaaaacccccdeeeeeeeeeiiiiiiiiinnnnooooooooouuuuuuuuuuyyyzzzsssstttrrllllgggaaaaaaaaacccccdeeeeeeeeeiiiiiiiiinnnnooooooooouuuuuuuuuuyyyzzzsssstttrrllllggg";

    private IdentityKeys() {
    }

    static String of(String name) {
        StringBuilder translated = new StringBuilder(name.length());
        name.codePoints().forEach(codePoint -> {
            int index = codePoint > 0x7f ? FROM.indexOf(codePoint) : -1;
            if (index >= 0) {
                translated.append(TO.charAt(index));
            } else {
                switch (codePoint) {
                    case 'Œ', 'œ' -> translated.append("oe");
                    case 'Æ', 'æ' -> translated.append("ae");
                    case 'ß' -> translated.append("ss");
                    default -> translated.appendCodePoint(codePoint);
                }
            }
        });
        StringBuilder key = new StringBuilder(translated.length());
        translated.chars().forEach(c -> {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                key.append(lower);
            }
        });
        return key.toString();
    }
}
