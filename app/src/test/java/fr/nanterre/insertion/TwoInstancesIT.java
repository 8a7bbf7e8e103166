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
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one PostgreSQL server (an embedded one started here, which both
 * reach through {@code spring.datasource.url}), as behind a load balancer. The first loads the demo; the second
 * starts on it and adds nothing. With the retention job and the registry's resubmission scheduled every second and
 * a lock held at least 4 s, each run happens on one instance: over the seconds both run, at most one run every 4 s
 * in the two logs together (without the lock, each instance would run every second). Every event was handled and
 * handled once: the demo's figures, facilitation's and urban renewal's copies included, are those of one instance
 * alone, with no publication pending; both instances answer healthy on their management port with the database up.
 */
class TwoInstancesIT {

    private static final Path WORK = Path.of("target", "two-instances");
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration LOCK = Duration.ofSeconds(4);
    private static final Pattern RETENTION_RUN = Pattern.compile("(?m)^(\\S+)\\s.*Retention: \\d+ participant");

    private static EmbeddedPostgres database;

    @BeforeAll
    static void databaseServer() throws IOException {
        Files.createDirectories(WORK);
        database = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoInstancesShareTheWorkAndTheFiguresAndEachJobRunsOnOne() throws Exception {
        int[] management = {PackagedApplication.freePort(), PackagedApplication.freePort()};
        PackagedApplication first = start(0, management[0]);
        PackagedApplication second = null;
        try {
            first.awaitLog("Started Application", START);
            DemoFigures.awaitFull(database.getPort(), Duration.ofMinutes(3));

            second = start(1, management[1]);
            second.awaitLog("Started Application", START);
            Instant bothRunning = Instant.now();
            Thread.sleep(Duration.ofSeconds(16));
            Instant end = Instant.now();

            List<Instant> runs = new ArrayList<>();
            runs.addAll(retentionRuns(WORK.resolve("instance-0.log"), bothRunning, end));
            runs.addAll(retentionRuns(WORK.resolve("instance-1.log"), bothRunning, end));
            long window = Duration.between(bothRunning, end).toSeconds();
            assertThat(runs).as("retention runs in %d s with both instances", window)
                    .isNotEmpty().hasSizeLessThanOrEqualTo((int) (window / LOCK.toSeconds()) + 1);

            assertThat(DemoFigures.read(database.getPort())).isEqualTo(DemoFigures.FULL_DEMO);
            for (int port : management) {
                HttpResponse<String> health = adminGet(port, "/actuator/health");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"");
            }
        } finally {
            first.stop();
            if (second != null) {
                second.stop();
            }
        }
    }

    private static PackagedApplication start(int instance, int managementPort) throws IOException {
        return PackagedApplication.start(WORK.resolve("instance-" + instance + ".log"), List.of(
                "--spring.profiles.active=demo", "--server.port=" + PackagedApplication.freePort(),
                "--management.server.port=" + managementPort,
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

    private static HttpResponse<String> adminGet(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
