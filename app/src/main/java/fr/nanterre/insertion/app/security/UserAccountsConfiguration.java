package fr.nanterre.insertion.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.nanterre.insertion.facilitation.CompanyAccounts;
import fr.nanterre.insertion.partners.SecurityAudit;
import fr.nanterre.platform.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.context.ApplicationEventPublisher;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Who may log in, and with which roles. Roles are also checked on every service method that reads personal data
 * or changes anything ({@code @PreAuthorize}), not only in the screens. Form login goes through the
 * {@link LoginThrottle}; logins, failures, lockouts, logouts and refused calls go to the audit log.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({UserAccountsProperties.class, CityIdentityProviderProperties.class})
class UserAccountsConfiguration {

    /** The bcrypt cost below which a configured hash is refused (ASVS 2.4.4: at least 10). */
    static final int MINIMUM_BCRYPT_COST = 10;
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$.{53}");

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

    @Bean
    LoginThrottle loginThrottle(Clock clock,
            @Value("${insertion.security.login.free-failures:2}") int freeFailures,
            @Value("${insertion.security.login.lock-after:5}") int lockAfter,
            @Value("${insertion.security.login.address-free-failures:10}") int addressFreeFailures,
            @Value("${insertion.security.login.address-lock-after:30}") int addressLockAfter,
            @Value("${insertion.security.login.lockout:15m}") Duration lockout) {
        return new LoginThrottle(new LoginThrottle.Policy(freeFailures, lockAfter, lockout),
                new LoginThrottle.Policy(addressFreeFailures, addressLockAfter, lockout), clock);
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, SecurityAudit audit, CityIdentityProvider city) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // one manager, no parent: a throttled password is never checked by another provider; the City's identity
        // provider (OpenID Connect) logs in through its own provider when it is configured
        return new ProviderManager(new ThrottledAuthentication(passwords, throttle, audit),
                new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                        city));
    }

    @Bean
    CityIdentityProvider cityIdentityProvider(CityIdentityProviderProperties properties, SecurityAudit audit) {
        return new CityIdentityProvider(properties.claim(), properties.mapping(), audit);
    }

    /** Method security tells of each refused call, so that it reaches the audit log. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    AuthenticationEventsAudit authenticationEventsAudit(SecurityAudit audit) {
        return new AuthenticationEventsAudit(audit);
    }

    /** Logouts and calls refused by method security, in the audit log. */
    static class AuthenticationEventsAudit {

        private final SecurityAudit audit;

        AuthenticationEventsAudit(SecurityAudit audit) {
            this.audit = audit;
        }

        @EventListener
        void loggedOut(LogoutSuccessEvent event) {
            audit.record(event.getAuthentication().getName(), SecurityAudit.Event.LOGGED_OUT, "");
        }

        @EventListener
        void denied(AuthorizationDeniedEvent<?> event) {
            Authentication who = event.getAuthentication().get();
            String what = event.getSource() instanceof MethodInvocation call
                    ? call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                    : event.getSource() instanceof jakarta.servlet.http.HttpServletRequest request
                    ? "request=" + request.getRequestURI() : event.getSource().getClass().getSimpleName();
            audit.record(who == null ? "anonymous" : who.getName(), SecurityAudit.Event.ACCESS_DENIED, what);
        }
    }

    private static UserDetails user(UserAccountsProperties.Account account) {
        if (account.password() == null || !account.password().startsWith("{bcrypt}")) {
            throw new IllegalStateException("The password of user '" + account.username()
                    + "' must be a bcrypt hash written {bcrypt}$2a$…, never plain text");
        }
        Matcher hash = BCRYPT.matcher(account.password());
        if (!hash.matches()) {
            throw new IllegalStateException("The password of user '" + account.username()
                    + "' is not a bcrypt hash ({bcrypt}$2a$10$ followed by 53 characters)");
        }
        if (Integer.parseInt(hash.group(1)) < MINIMUM_BCRYPT_COST) {
            throw new IllegalStateException("The password hash of user '" + account.username() + "' has the bcrypt "
                    + "cost " + hash.group(1) + "; make it again with a cost of at least " + MINIMUM_BCRYPT_COST
                    + " (htpasswd -bnBC 12 …)");
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
