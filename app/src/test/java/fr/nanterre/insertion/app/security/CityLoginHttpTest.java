package fr.nanterre.insertion.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import fr.nanterre.insertion.Application;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Login with the City's identity provider: a real OpenID Connect server (mock-oauth2-server) runs in the test JVM,
 * the application discovers it from its issuer URI, and the browser's whole authorization-code flow is played over
 * HTTP. The roles come from Keycloak's {@code realm_access.roles} claim, mapped by configuration.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"insertion.embedded-postgres.ephemeral=true", "vaadin.productionMode=true",
                "insertion.security.oidc.roles-claim=realm_access.roles", 
                "insertion.security.oidc.role-mapping[insertion-partenaires]=PARTNERS"})
@ActiveProfiles("demo")
class CityLoginHttpTest {

    static final MockOAuth2Server CITY = new MockOAuth2Server();

    static {
        CITY.start();
    }

    @DynamicPropertySource
    static void theCitysProvider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.registration.city.client-id", () -> "insertion");
        properties.add("spring.security.oauth2.client.registration.city.client-secret", () -> "secret");
        properties.add("spring.security.oauth2.client.registration.city.scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.registration.city.provider", () -> "city");
        properties.add("spring.security.oauth2.client.provider.city.issuer-uri",
                () -> CITY.issuerUrl("city").toString());
    }

    @AfterAll
    static void stop() {
        CITY.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /**
     * A browser: keeps the application's session cookie, follows the redirects from the application to the
     * provider and back.
     */
    private HttpResponse<String> logInWithTheCity(String username, Map<String, Object> claims) throws Exception {
        CITY.enqueueCallback(new DefaultOAuth2TokenCallback("city", username, "JWT", List.of("insertion"),
                claims, 3600));
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String application = "http://localhost:" + port;
        String session = null;
        URI next = URI.create(application + "/login");
        HttpResponse<String> response = null;
        for (int hop = 0; hop < 10; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(next);
            if (session != null && next.toString().startsWith(application)) {
                request.header("Cookie", session);
            }
            response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (next.toString().startsWith(application)) {
                session = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                        .map(c -> c.split(";")[0]).findFirst().orElse(session);
            }
            if (hop == 0) {
                next = URI.create(application + "/oauth2/authorization/city");
                continue;
            }
            if (response.statusCode() / 100 != 3) {
                break;
            }
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    private String lastAudit(String username) {
        return jdbc.sql("select action || ' ' || detail from partners.audit_log where username = ? "
                + "order by id desc limit 1").param(username).query(String.class).single();
    }

    @Test
    void aCityAgentLogsInWithTheRoleTheProviderGives() throws Exception {
        HttpResponse<String> landed = logInWithTheCity("m.dupont", Map.of("preferred_username", "m.dupont",
                "realm_access", Map.of("roles", List.of("insertion-partenaires", "offline_access"))));

        // the home page itself needs the packaged frontend bundle, absent from this test JVM: being sent to "/"
        // rather than back to the login page, and the audit line, say the login succeeded
        assertThat(landed.uri().getPath()).as("back in the application, logged in").isEqualTo("/");
        assertThat(jdbc.sql("select action || ' ' || detail from partners.audit_log where username = 'm.dupont'")
                .query(String.class).list()).contains("LOGIN_SUCCEEDED oidc roles=[PARTNERS]");
    }

    @Test
    void someoneWithNoRoleOfTheApplicationIsRefused() throws Exception {
        HttpResponse<String> landed = logInWithTheCity("j.autre", Map.of("preferred_username", "j.autre",
                "realm_access", Map.of("roles", List.of("offline_access"))));

        assertThat(landed.uri().getPath()).as("back to the login page").isEqualTo("/login");
        assertThat(lastAudit("j.autre")).isEqualTo("LOGIN_FAILED oidc: no role in claim realm_access.roles");
    }
}
