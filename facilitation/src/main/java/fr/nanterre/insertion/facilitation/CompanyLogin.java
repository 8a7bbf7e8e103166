package fr.nanterre.insertion.facilitation;

import java.util.Set;

/**
 * A company account as the login sees it.
 *
 * @param passwordHash Spring Security's encoded form, {@code {bcrypt}$2a$…}
 * @param sirets       the establishments it speaks for
 */
public record CompanyLogin(String username, String passwordHash, Set<String> sirets) {

    public CompanyLogin {
        sirets = Set.copyOf(sirets);
    }
}
