package fr.nanterre.insertion.facilitation.company;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a facilitator types to open a company's account; checked on construction.
 *
 * @param email    the person's e-mail address, their user name (kept in lower case)
 * @param sirets   the establishments the account speaks for: 14 digits each, one at least
 * @param language {@code fr} or {@code en}: the language of the e-mails
 * @throws IllegalArgumentException with a message key ({@code facilitation.company.invalid.*}) on bad input
 */
public record NewCompanyAccount(String name, String email, Set<String> sirets, String language) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public NewCompanyAccount {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("facilitation.company.invalid.name");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new IllegalArgumentException("facilitation.company.invalid.email");
        }
        Set<String> digits = new TreeSet<>();
        for (String siret : sirets == null ? Set.<String>of() : sirets) {
            String kept = siret.replaceAll("[\\s\\u00a0]", "");
            if (!kept.matches("[0-9]{14}")) {
                throw new IllegalArgumentException("facilitation.company.invalid.siret");
            }
            digits.add(kept);
        }
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("facilitation.company.invalid.siret");
        }
        sirets = Set.copyOf(digits);
        language = "en".equals(language) ? "en" : "fr";
    }

    /** SIRETs typed one per line or separated by commas or semicolons. */
    public static Set<String> sirets(String typed) {
        Set<String> sirets = new TreeSet<>();
        for (String part : typed.split("[\\n,;]+")) {
            if (!part.isBlank()) {
                sirets.add(part.strip());
            }
        }
        return sirets;
    }
}
