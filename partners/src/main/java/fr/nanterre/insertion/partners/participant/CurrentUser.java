package fr.nanterre.insertion.partners.participant;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import fr.nanterre.platform.security.Roles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The logged-in user, as the audit log and the history name them. Read through the application's
 * {@link SecurityContextHolderStrategy} (Vaadin declares one), as method security reads it, so that both always
 * agree on who is calling.
 */
@Component
class CurrentUser {


    private final SecurityContextHolderStrategy security;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    String name() {
        Authentication authentication = security.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    /** PARTNERS and FACILITATOR see identities and criteria; nobody else. */
    boolean seesIdentities() {
        return hasAnyRole(Roles.PARTNERS, Roles.FACILITATOR);
    }

    boolean hasAnyRole(String... roles) {
        Authentication authentication = security.getContext().getAuthentication();
        Set<String> authorities = Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toSet());
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authorities::contains);
    }
}
