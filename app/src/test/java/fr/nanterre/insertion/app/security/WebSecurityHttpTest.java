package fr.nanterre.insertion.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.server.VaadinServlet;
import fr.nanterre.insertion.Application;
import fr.nanterre.insertion.partners.audit.AuditFilter;
import fr.nanterre.insertion.partners.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application over real HTTP: security headers on every response, the session cookie's flags behind a
 * TLS proxy, the login throttle with its message, and the authentication events in the audit log. This context
 * locks a name after 3 failures for an hour, so that nothing here depends on the clock.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"insertion.embedded-postgres.ephemeral=true", "insertion.security.login.free-failures=2",
                "insertion.security.login.lock-after=3", "insertion.security.login.lockout=1h", "vaadin.productionMode=true"})
@ActiveProfiles("demo")
class WebSecurityHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    @Qualifier("servletRegistrationBean")
    ServletRegistrationBean<?> vaadinServlet;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void logOut() {
        security.clearContext();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form as the browser does, with the session the login page opened. */
    private String login(String username, String password) throws IOException, InterruptedException {
        String session = get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("login answers with a redirect").isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath()
                + (URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery() == null ? ""
                : "?" + URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    private List<String> auditOf(String username) {
        return jdbc.sql("select action from partners.audit_log where username = :user order by id")
                .param("user", username).query(String.class).list();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/", "/participants")) {
            HttpResponse<String> response = get(path);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(
                    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' "
                            + "'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' "
                            + "ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
                            + "form-action 'self'; frame-ancestors 'none'");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void theSessionCookieIsSecureAndSameSiteBehindATlsProxyAndNeverReadableByScripts() throws Exception {
        String behindTls = get("/login", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(behindTls).contains("; Secure", "; HttpOnly", "; SameSite=Lax");

        String plain = get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(plain).as("plain HTTP on localhost (the demo)").contains("; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void anIdleTabIsNotKeptAliveByVaadinsHeartbeat() throws Exception {
        get("/login");
        VaadinServlet servlet = (VaadinServlet) vaadinServlet.getServlet();
        assertThat(servlet.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void aRightPasswordLogsInAndIsAudited() throws Exception {
        assertThat(login("admin", "demo")).isEqualTo("/");
        assertThat(auditOf("admin")).contains("LOGIN_SUCCEEDED");
        assertThat(jdbc.sql("select detail from partners.audit_log where username = 'admin' "
                + "and action = 'LOGIN_SUCCEEDED' order by id desc limit 1").query(String.class).single())
                .isEqualTo("address=127.0.0.1");
    }

    @Test
    void afterThreeFailuresTheNameIsLockedEvenWithTheRightPasswordWithAMessageThatHidesWhetherItExists()
            throws Exception {
        assertThat(login("commande", "wrong-1")).isEqualTo("/login?error");
        assertThat(login("commande", "wrong-2")).isEqualTo("/login?error");
        assertThat(login("commande", "wrong-3")).as("the third failure locks").isEqualTo("/login?throttled");
        assertThat(login("commande", "demo")).as("locked: the right password is not even checked")
                .isEqualTo("/login?throttled");

        String nobody = "nobody-" + UUID.randomUUID();
        assertThat(login(nobody, "x")).isEqualTo("/login?error");
        assertThat(login(nobody, "x")).isEqualTo("/login?error");
        assertThat(login(nobody, "x")).as("an unknown name is answered exactly the same way")
                .isEqualTo("/login?throttled");

        assertThat(auditOf("commande")).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOCKED_OUT", "LOGIN_FAILED");
        assertThat(auditOf(nobody)).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKED_OUT");
    }

    @Test
    void logoutsAndRefusedCallsAreAudited() {
        events.publishEvent(new LogoutSuccessEvent(new TestingAuthenticationToken("renovation", null)));
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("lecteur", null,
                AuthorityUtils.createAuthorityList("ROLE_VIEWER"))));
        assertThatThrownBy(() -> trail.count(AuditFilter.ALL)).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(auditOf("renovation")).contains("LOGGED_OUT");
        assertThat(jdbc.sql("select action || ' ' || detail from partners.audit_log where username = 'lecteur'")
                .query(String.class).list()).contains("ACCESS_DENIED AuditTrail.count");
    }
}
