package fr.nanterre.insertion.facilitation.company;

import java.util.Set;

import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The SIRETs the logged-in company account speaks for, read from the database at each call (a deactivated account
 * or a SIRET taken off it stops at once): every query the portal runs is scoped on them, never on an id the screen
 * passes.
 */
@Component
public class CompanyScope {

    private final JdbcClient jdbc;
    private final CurrentUser user;

    CompanyScope(JdbcClient jdbc, CurrentUser user) {
        this.jdbc = jdbc;
        this.user = user;
    }

    /** @throws AccessDeniedException when the caller is not an active company account */
    public Set<String> sirets() {
        if (!user.hasAnyRole(Roles.COMPANY)) {
            throw new AccessDeniedException("Only a company account has SIRETs");
        }
        Set<String> sirets = Set.copyOf(jdbc.sql("""
                        select s.siret from facilitation.company_account a
                        join facilitation.company_account_siret s on s.company_account = a.id
                        where a.username = ? and a.active""")
                .param(user.name().toLowerCase(java.util.Locale.ROOT)).query(String.class).list());
        if (sirets.isEmpty()) {
            throw new AccessDeniedException("No active company account is named " + user.name());
        }
        return sirets;
    }

    /** Whether the caller is a company account that speaks for this SIRET. */
    public boolean owns(String siret) {
        return user.hasAnyRole(Roles.COMPANY) && sirets().contains(siret);
    }

    public boolean isCompany() {
        return user.hasAnyRole(Roles.COMPANY);
    }

    public String username() {
        return user.name();
    }
}
