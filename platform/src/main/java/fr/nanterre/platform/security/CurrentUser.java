package fr.nanterre.platform.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The logged-in user, as audit lines and records name them. Read through the application's
 * {@link SecurityContextHolderStrategy} (Vaadin declares one), as method security reads it, so that both always
 * agree on who is calling: with several Spring contexts in one JVM (tests), the static holder may point at
 * another context's strategy.
 */
public class CurrentUser {

    private final SecurityContextHolderStrategy security;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public String name() {
        Authentication authentication = security.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    public boolean hasAnyRole(String... roles) {
        Authentication authentication = security.getContext().getAuthentication();
        Set<String> authorities = Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toSet());
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authorities::contains);
    }

    /**
     * Runs work that no user started (loading the demo data at start-up) as {@code username} with these roles, in
     * the strategy the role checks read, then forgets them.
     */
    public void runAs(String username, Runnable work, String... roles) {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(roles).map(role -> "ROLE_" + role).map(SimpleGrantedAuthority::new).toList()));
        security.setContext(context);
        try {
            work.run();
        } finally {
            security.clearContext();
        }
    }
}
