package fr.nanterre.insertion.app.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The user accounts, from configuration. A password is stored hashed, in Spring Security's
 * {@code {bcrypt}…} form; a plain-text password is refused at start-up.
 */
@ConfigurationProperties("insertion.security")
public record UserAccountsProperties(List<Account> users) {

    public UserAccountsProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record Account(String username, String password, List<String> roles) {
    }
}
