package fr.nanterre.insertion.partners.structure;

import org.jspecify.annotations.Nullable;

/** A postal address in France, with the INSEE code of its commune (Nanterre: 92050). */
public record Address(@Nullable String street, @Nullable String postalCode, @Nullable String commune,
                      @Nullable String inseeCode) {

    public static final String NANTERRE_INSEE_CODE = "92050";
    static final Address NONE = new Address(null, null, null, null);

    public Address {
        street = blankToNull(street);
        postalCode = blankToNull(postalCode);
        commune = blankToNull(commune);
        inseeCode = blankToNull(inseeCode);
        if (postalCode != null && !isPostalCode(postalCode)) {
            throw new IllegalArgumentException("A postal code is 5 digits: " + postalCode);
        }
        if (inseeCode != null && !isInseeCode(inseeCode)) {
            throw new IllegalArgumentException("An INSEE commune code is 5 characters, such as 92050 or 2A004: "
                    + inseeCode);
        }
    }

    public static boolean isPostalCode(@Nullable String text) {
        return text == null || text.isBlank() || text.strip().matches("\\d{5}");
    }

    /** Five digits, or 2A/2B followed by three digits for Corsica. */
    public static boolean isInseeCode(@Nullable String text) {
        return text == null || text.isBlank() || text.strip().matches("(\\d{2}|2[AB])\\d{3}");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
