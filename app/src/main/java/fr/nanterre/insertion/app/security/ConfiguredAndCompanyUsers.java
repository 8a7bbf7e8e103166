package fr.nanterre.insertion.app.security;

import fr.nanterre.insertion.facilitation.CompanyAccounts;
import fr.nanterre.platform.security.Roles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts the configuration declares first, then the companies' portal accounts kept in the database
 * (role COMPANY), active and with a password set.
 */
class ConfiguredAndCompanyUsers implements UserDetailsService {

    private final UserDetailsService configured;
    private final CompanyAccounts companies;

    ConfiguredAndCompanyUsers(UserDetailsService configured, CompanyAccounts companies) {
        this.configured = configured;
        this.companies = companies;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        try {
            return configured.loadUserByUsername(username);
        } catch (UsernameNotFoundException notConfigured) {
            return companies.login(username)
                    .map(company -> User.withUsername(company.username()).password(company.passwordHash())
                            .roles(Roles.COMPANY).build())
                    .orElseThrow(() -> notConfigured);
        }
    }
}
