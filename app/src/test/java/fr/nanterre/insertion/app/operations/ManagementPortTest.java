package fr.nanterre.insertion.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fr.nanterre.insertion.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The management port, over real HTTP: health for anyone (without details), with the database and the disk for
 * ADMIN; info (version, commit), Prometheus metrics and the pending events for ADMIN only, refused to anyone else;
 * and none of it on the screens' port. The demo accounts' password is "demo".
 */
@SpringBootTest(classes = Application.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"insertion.embedded-postgres.ephemeral=true", "management.server.port=0"})
@ActiveProfiles("demo")
class ManagementPortTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;
    @LocalServerPort
    int serverPort;

    @Test
    void healthAnswersAnyoneWithoutDetailsAndAdminWithTheDatabaseAndTheDisk() throws Exception {
        HttpResponse<String> anonymous = get(managementPort, "/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("db");

        HttpResponse<String> admin = get(managementPort, "/actuator/health", "admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"db\"", "PostgreSQL", "\"diskSpace\"");
    }

    @Test
    void infoMetricsAndPendingEventsAreForAdminOnly() throws Exception {
        for (String endpoint : new String[] {"/actuator/info", "/actuator/prometheus", "/actuator/metrics",
                "/actuator/events"}) {
            assertThat(get(managementPort, endpoint, null).statusCode()).as(endpoint).isEqualTo(401);
            assertThat(get(managementPort, endpoint, "lecteur").statusCode()).as(endpoint).isEqualTo(403);
            assertThat(get(managementPort, endpoint, "facilitateur").statusCode()).as(endpoint).isEqualTo(403);
            assertThat(get(managementPort, endpoint, "admin").statusCode()).as(endpoint).isEqualTo(200);
        }
        assertThat(get(managementPort, "/actuator/info", "admin").body()).contains("\"build\"", "\"version\"",
                "0.1.0-SNAPSHOT");
        assertThat(get(managementPort, "/actuator/prometheus", "admin").body())
                .contains("jvm_memory_used_bytes", "hikaricp_connections");
        assertThat(get(managementPort, "/actuator/events", "admin").body()).startsWith("[");
    }

    @Test
    void theScreensPortServesNoEndpoint() throws Exception {
        assertThat(managementPort).isNotEqualTo(serverPort);
        HttpResponse<String> health = get(serverPort, "/actuator/health", "admin");
        assertThat(health.statusCode()).isNotEqualTo(200);
        assertThat(health.body()).doesNotContain("\"status\":\"UP\"");
    }

    private static HttpResponse<String> get(int port, String path, String user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
