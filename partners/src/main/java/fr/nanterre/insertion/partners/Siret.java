package fr.nanterre.insertion.partners;

/**
 * A SIRET, the 14-digit identifier of an establishment. Its last digit makes the Luhn checksum come out right,
 * except for La Poste's establishments (SIREN 356000000), whose digits add up to a multiple of 5. A number that
 * fails its checksum is still accepted, with a warning: real source data has them.
 */
public record Siret(String value) {

    public static final int LENGTH = 14;
    static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        if (value == null || !value.matches("\\d{" + LENGTH + "}")) {
            throw new IllegalArgumentException("A SIRET is 14 digits: " + value);
        }
    }

    /** Reads a SIRET as users type it, with spaces or dots between the groups of digits. */
    public static Siret parse(String text) {
        return new Siret(text == null ? null : text.replaceAll("[\\s.]", ""));
    }

    public static boolean isWellFormed(String text) {
        return text != null && text.replaceAll("[\\s.]", "").matches("\\d{" + LENGTH + "}");
    }

    public String siren() {
        return value.substring(0, 9);
    }

    public boolean passesChecksum() {
        return siren().equals(LA_POSTE_SIREN) ? digitSum() % 5 == 0 : luhnSum() % 10 == 0;
    }

    private int digitSum() {
        return value.chars().map(c -> c - '0').sum();
    }

    /** Luhn: from the right, every second digit is doubled, and 9 is taken off a doubled digit over 9. */
    private int luhnSum() {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            int digit = value.charAt(LENGTH - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    @Override
    public String toString() {
        return value;
    }
}
