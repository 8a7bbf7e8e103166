package fr.nanterre.insertion.app.security;

import java.util.Arrays;
import java.util.List;

import fr.nanterre.insertion.facilitation.CompanyAccounts;
import fr.nanterre.platform.security.Roles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Who may log in, and with which roles. Roles are also checked on every service method that reads personal data
 * or changes anything ({@code @RolesAllowed}), not only in the screens.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(UserAccountsProperties.class)
class UserAccountsConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserAccountsProperties properties, CompanyAccounts companies) {
        if (properties.users().isEmpty()) {
            throw new IllegalStateException("No user account is configured. Declare insertion.security.users[…] "
                    + "(see README, 'Users'), or start with the demo profile for the demo accounts.");
        }
        List<UserDetails> users = properties.users().stream().map(UserAccountsConfiguration::user).toList();
        return new ConfiguredAndCompanyUsers(new InMemoryUserDetailsManager(users), companies);
    }

    private static UserDetails user(UserAccountsProperties.Account account) {
        if (account.password() == null || !account.password().startsWith("{bcrypt}")) {
            throw new IllegalStateException("The password of user '" + account.username()
                    + "' must be a bcrypt hash written {bcrypt}$2a$…, never plain text");
        }
        List<String> unknown = account.roles().stream().filter(r -> !Arrays.asList(Roles.ALL).contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("User '" + account.username() + "' has unknown roles " + unknown
                    + "; the roles are " + Arrays.toString(Roles.ALL));
        }
        return User.withUsername(account.username())
                .password(account.password())
                .roles(account.roles().toArray(String[]::new))
                .build();
    }
}
