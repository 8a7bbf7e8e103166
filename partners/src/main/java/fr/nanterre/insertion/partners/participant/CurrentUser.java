package fr.nanterre.insertion.partners.participant;

import java.util.Set;

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

    private static final Set<String> SEES_IDENTITIES = Set.of("ROLE_PARTNERS", "ROLE_FACILITATOR");

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
        Authentication authentication = security.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(SEES_IDENTITIES::contains);
    }
}
