package fr.nanterre.insertion.app.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.nanterre.insertion.partners.SecurityAudit;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Login with the City's identity provider (OpenID Connect: Keycloak, Azure AD, or any standard provider). The roles
 * come from one claim of the ID token or the user info, named by {@code insertion.security.oidc.roles-claim}
 * ({@code roles} by default; a dotted path such as {@code realm_access.roles} reaches into Keycloak's structure).
 * Each value is a role of {@link Roles} (any case), or is mapped to one by
 * {@code insertion.security.oidc.role-mapping.<value>=<ROLE>}; other values are ignored. A user with no role is
 * refused. The user name is {@code preferred_username}, or the subject. The login goes to the audit log.
 */
public class CityIdentityProvider extends OidcUserService {

    private final String rolesClaim;
    private final Map<String, String> mapping;
    private final SecurityAudit audit;

    public CityIdentityProvider(String rolesClaim, Map<String, String> mapping, SecurityAudit audit) {
        this.rolesClaim = rolesClaim;
        this.mapping = mapping;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        String name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        Set<String> roles = roles(user.getClaims());
        if (roles.isEmpty()) {
            audit.record(name, SecurityAudit.Event.LOGIN_FAILED, "oidc: no role in claim " + rolesClaim);
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "No role of the application in the claim " + rolesClaim, null));
        }
        List<SimpleGrantedAuthority> authorities = roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        audit.record(name, SecurityAudit.Event.LOGIN_SUCCEEDED, "oidc roles=" + roles);
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(),
                user.getPreferredUsername() != null ? "preferred_username" : "sub");
    }

    /** The application's roles the claim names, directly or through the mapping. */
    Set<String> roles(Map<String, Object> claims) {
        Set<String> roles = new TreeSet<>();
        for (String value : values(claims)) {
            String mapped = mapping.getOrDefault(value, value).toUpperCase(Locale.ROOT);
            if (Arrays.asList(Roles.ALL).contains(mapped)) {
                roles.add(mapped);
            }
        }
        return roles;
    }

    private List<String> values(Map<String, Object> claims) {
        @Nullable Object value = claims;
        for (String part : rolesClaim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> values.add(String.valueOf(v)));
        } else if (value instanceof String one) {
            values.addAll(Arrays.asList(one.split("[ ,]+")));
        }
        return values;
    }
}
