package fr.nanterre.insertion.procurement.contract;

import org.jspecify.annotations.Nullable;

/** A CPV code: eight digits, with or without its check digit ("45210000" or "45210000-2"). */
public final class CpvCode {

    private CpvCode() {
    }

    public static boolean isWellFormed(@Nullable String code) {
        return code == null || code.isBlank() || code.strip().matches("\\d{8}(-\\d)?");
    }

    /** The divisions of the CPV 2008 (regulation 213/2008): the first two digits of every code that exists. */
    private static final java.util.Set<String> DIVISIONS = java.util.Set.of("03", "09", "14", "15", "16", "18", "19",
            "22", "24", "30", "31", "32", "33", "34", "35", "37", "38", "39", "41", "42", "43", "44", "45", "48", "50",
            "51", "55", "60", "63", "64", "65", "66", "70", "71", "72", "73", "75", "76", "77", "79", "80", "85", "90",
            "92", "98");

    /**
     * A well-formed code of a division the CPV has: "12345678" is well formed but no CPV code, since there is no
     * division 12. (Codes within a division are not all listed here: a made-up code of a real division passes.)
     */
    public static boolean isKnown(@Nullable String code) {
        return code != null && !code.isBlank() && isWellFormed(code) && DIVISIONS.contains(code.strip().substring(0, 2));
    }

    /** The eight digits that identify the CPV entry, without the check digit. */
    public static @Nullable String normalise(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("A CPV code is 8 digits, optionally followed by -digit: " + code);
        }
        return code.strip().substring(0, 8);
    }
}
