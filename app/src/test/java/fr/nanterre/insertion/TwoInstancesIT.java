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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged application on one PostgreSQL server (an embedded one started here, which both
 * reach through {@code spring.datasource.url}), as behind a load balancer, each with its management port. The first
 * loads the demo; the second starts on it and adds nothing (decision 0027).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Path WORK = Path.of("target", "two-instances");
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration LOCK = Duration.ofSeconds(4);
    private static final Pattern DELIVERED_AGAIN = Pattern.compile(
            "(?m)^(\\S+)\\s.*Event registry: \\d+ publication\\(s\\) incomplete");
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
    @Order(1)
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
    @Order(2)
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

    /**
     * Each event is handled once, counted per publication: the demo's deliveries of {@code ContractAwarded} to
     * facilitation's clause follow-up (one per contract with a clause) are written again as incomplete an hour ago, as
     * a crash leaves them, while both instances resubmit every second. Spring Modulith claims a publication for resubmission with an update that only one instance can win
     * ({@code status = 'RESUBMITTED', completion_attempts + 1}), and ShedLock lets one instance run the job at a
     * time: every one is completed with exactly one attempt, and the figures are those of one delivery.
     */
    @Test
    @Order(3)
    void anIncompletePublicationIsDeliveredAgainByOneInstanceOnly() throws Exception {
        Instant left = Instant.now();
        List<UUID> ids;
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + database.getPort() + "/postgres", "postgres", "postgres");
             PreparedStatement copy = connection.prepareStatement("""
                     insert into public.event_publication (id, listener_id, event_type, serialized_event,
                         publication_date, completion_date, status, completion_attempts, last_resubmission_date)
                     select gen_random_uuid(), listener_id, event_type, serialized_event, now() - interval '1 hour',
                            null, 'PUBLISHED', 0, null
                     from public.event_publication
                     where completion_date is not null and event_type like '%ContractAwarded'
                       and listener_id like '%FollowedClauses%'
                     returning id""")) {
            ids = new ArrayList<>();
            try (ResultSet inserted = copy.executeQuery()) {
                while (inserted.next()) {
                    ids.add(inserted.getObject(1, UUID.class));
                }
            }
            assertThat(ids).isNotEmpty();
            Instant patience = Instant.now().plus(Duration.ofMinutes(1));
            while (completed(connection, ids) < ids.size() && Instant.now().isBefore(patience)) {
                Thread.sleep(200);
            }
            assertThat(completed(connection, ids)).isEqualTo(ids.size());
            try (PreparedStatement attempts = connection.prepareStatement("""
                    select completion_attempts, count(*) from public.event_publication
                    where id = any (?) group by completion_attempts""")) {
                attempts.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                Map<Integer, Integer> byAttempts = new HashMap<>();
                try (ResultSet rows = attempts.executeQuery()) {
                    while (rows.next()) {
                        byAttempts.put(rows.getInt(1), rows.getInt(2));
                    }
                }
                assertThat(byAttempts).as("publications by number of deliveries").isEqualTo(Map.of(1, ids.size()));
            }
        }
        assertThat(DemoFigures.read(database.getPort())).isEqualTo(DemoFigures.FULL_DEMO);
        int delivered = 0;
        for (int instance = 0; instance < 2; instance++) {
            Matcher matcher = DELIVERED_AGAIN.matcher(Files.readString(WORK.resolve("instance-" + instance + ".log"),
                    StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (!OffsetDateTime.parse(matcher.group(1)).toInstant().isBefore(left)) {
                    delivered++;
                }
            }
        }
        assertThat(delivered).as("resubmission runs that found them, both logs together").isPositive();
    }

    private static int completed(Connection connection, List<UUID> ids) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from public.event_publication where id = any (?) and completion_date is not null")) {
            count.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
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
