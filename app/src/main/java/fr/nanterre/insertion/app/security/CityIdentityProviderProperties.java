package fr.nanterre.insertion.app.security;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the roles are in the City's identity provider's tokens (see {@link CityIdentityProvider}).
 *
 * @param rolesClaim  the claim, or a dotted path to it ({@code realm_access.roles}); {@code roles} by default
 * @param roleMapping the provider's value → the application's role, for values that are not already role names
 */
@ConfigurationProperties("insertion.security.oidc")
public record CityIdentityProviderProperties(@Nullable String rolesClaim, @Nullable Map<String, String> roleMapping) {

    public String claim() {
        return rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
    }

    public Map<String, String> mapping() {
        return roleMapping == null ? Map.of() : roleMapping;
    }
}
