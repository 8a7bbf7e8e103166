package fr.nanterre.insertion.procurement.contract;

import org.jspecify.annotations.Nullable;

/** A CPV code: eight digits, with or without its check digit ("45210000" or "45210000-2"). */
public final class CpvCode {

    private CpvCode() {
    }

    public static boolean isWellFormed(@Nullable String code) {
        return code == null || code.isBlank() || code.strip().matches("\\d{8}(-\\d)?");
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
