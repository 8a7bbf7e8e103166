package fr.nanterre.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one PostgreSQL server (an embedded one started here, which both
 * reach through {@code spring.datasource.url}), as behind a load balancer, each with its management port. The first
 * loads the demo; the second starts on it and adds nothing (decision 0027).
 */
class TwoInstancesIT {

    private static final Path WORK = Path.of("target", "two-instances");
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration LOCK = Duration.ofSeconds(4);
    private static final Pattern RETENTION_RUN = Pattern.compile("(?m)^(\\S+)\\s.*Retention: \\d+ participant");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedPostgres database;
    private static final List<PackagedApplication> INSTANCES = new ArrayList<>();
    private static final int[] MANAGEMENT = new int[2];
    private static final int[] SCREENS = new int[2];
    private static Instant bothRunning;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        Files.createDirectories(WORK);
        database = EmbeddedPostgres.builder().start();
        INSTANCES.add(start(0));
        INSTANCES.getFirst().awaitLog("Started Application", START);
        assertThat(DemoFigures.awaitFull(database.getPort(), Duration.ofMinutes(3))).isEqualTo(DemoFigures.FULL_DEMO);
        INSTANCES.add(start(1));
        INSTANCES.get(1).awaitLog("Started Application", START);
        bothRunning = Instant.now();
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (PackagedApplication instance : INSTANCES) {
            instance.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * With the retention job and the registry's resubmission scheduled every second and a lock held at least 4 s,
     * each run happens on one instance: over the seconds both run, at most one run every 4 s in the two logs
     * together (without the lock, each instance would log one every second). Every event was handled once: the
     * demo's figures, facilitation's and urban renewal's copies included, are those of one instance alone, with no
     * publication pending.
     */
    @Test
    void eachScheduledRunHappensOnOneInstanceAndBothShowTheSameFigures() throws Exception {
        Thread.sleep(Duration.ofSeconds(16));
        Instant end = Instant.now();
        List<Instant> runs = new ArrayList<>();
        runs.addAll(retentionRuns(WORK.resolve("instance-0.log"), bothRunning, end));
        runs.addAll(retentionRuns(WORK.resolve("instance-1.log"), bothRunning, end));
        long window = Duration.between(bothRunning, end).toSeconds();
        assertThat(runs).as("retention runs in %d s with both instances", window)
                .isNotEmpty().hasSizeLessThanOrEqualTo((int) (window / LOCK.toSeconds()) + 1);

        assertThat(DemoFigures.read(database.getPort())).isEqualTo(DemoFigures.FULL_DEMO);
        for (int port : MANAGEMENT) {
            HttpResponse<String> health = get(port, "/actuator/health", "admin");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "PostgreSQL", "\"diskSpace\"");
        }
    }

    /**
     * The management port over HTTP: health for anyone without details; info (version), Prometheus metrics, metrics
     * and the pending events for ADMIN only (401 without an account, 403 for other roles); none of it on the
     * screens' port. The demo accounts' password is "demo".
     */
    @Test
    void theManagementPortAnswersHealthToAnyoneAndTheRestToAdminOnly() throws Exception {
        int port = MANAGEMENT[0];
        HttpResponse<String> anonymous = get(port, "/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");

        for (String endpoint : List.of("/actuator/info", "/actuator/prometheus", "/actuator/metrics",
                "/actuator/events")) {
            assertThat(get(port, endpoint, null).statusCode()).as(endpoint).isEqualTo(401);
            assertThat(get(port, endpoint, "lecteur").statusCode()).as(endpoint).isEqualTo(403);
            assertThat(get(port, endpoint, "facilitateur").statusCode()).as(endpoint).isEqualTo(403);
            assertThat(get(port, endpoint, "admin").statusCode()).as(endpoint).isEqualTo(200);
        }
        assertThat(get(port, "/actuator/info", "admin").body()).contains("\"build\"", "0.1.0-SNAPSHOT", "\"git\"",
                "\"commit\"");
        assertThat(get(port, "/actuator/prometheus", "admin").body())
                .contains("jvm_memory_used_bytes", "hikaricp_connections");
        assertThat(get(port, "/actuator/events", "admin").body()).isEqualTo("[]");

        HttpResponse<String> screens = get(SCREENS[0], "/actuator/health", "admin");
        assertThat(screens.body()).doesNotContain("\"status\":\"UP\"");
    }

    private static PackagedApplication start(int instance) throws IOException {
        MANAGEMENT[instance] = PackagedApplication.freePort();
        SCREENS[instance] = PackagedApplication.freePort();
        return PackagedApplication.start(WORK.resolve("instance-" + instance + ".log"), List.of(
                "--spring.profiles.active=demo", "--insertion.demo.on-a-throwaway-server=true",
                "--server.port=" + SCREENS[instance],
                "--management.server.port=" + MANAGEMENT[instance],
                "--spring.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
                "--spring.datasource.username=postgres",
                "--insertion.participants.retention-cron=* * * * * *",
                "--insertion.events.resubmit-every=PT1S",
                "--insertion.scheduling.lock-at-least-for=" + LOCK));
    }

    /** The retention job's runs logged between the two instants. */
    private static List<Instant> retentionRuns(Path log, Instant from, Instant to) throws IOException {
        List<Instant> runs = new ArrayList<>();
        Matcher matcher = RETENTION_RUN.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (matcher.find()) {
            Instant at = OffsetDateTime.parse(matcher.group(1)).toInstant();
            if (!at.isBefore(from) && !at.isAfter(to)) {
                runs.add(at);
            }
        }
        return runs;
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
