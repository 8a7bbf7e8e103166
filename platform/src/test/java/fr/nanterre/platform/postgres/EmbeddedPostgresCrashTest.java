package fr.nanterre.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's own embedded PostgreSQL after a {@code kill -9} of its JVM: the orphaned postmaster is
 * stopped and the next start succeeds, with every committed row there and fsync and synchronous commits on.
 */
class EmbeddedPostgresCrashTest {

    @TempDir
    Path temp;

    private EmbeddedPostgresProperties properties;

    @AfterEach
    void stop() {
        if (properties != null) {
            EmbeddedPostgresServer.stop(properties);
        }
    }

    @Test
    void aStartAfterTheJvmWasKilledStopsTheOrphanedServerAndFindsEveryCommittedRow() throws Exception {
        Path data = temp.resolve("postgres");
        properties = new EmbeddedPostgresProperties(data, false, 0);

        // two crashes in a row: the second start must get over the first crash's orphan too
        for (int run = 1; run <= 2; run++) {
            Process application = startAndKill(data, run);
            assertThat(application.isAlive()).isFalse();
            assertThat(StalePostmaster.find(data)).as("the postmaster outlived the killed JVM").isPresent();
        }

        try (Connection connection = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(properties));
             Statement statement = connection.createStatement()) {
            assertThat(values(statement, "select run from crash_test order by run")).containsExactly("1", "2");
            assertThat(values(statement, "show fsync")).containsExactly("on");
            assertThat(values(statement, "show synchronous_commit")).containsExactly("on");
            assertThat(values(statement, "show full_page_writes")).containsExactly("on");
        }
    }

    @Test
    void aClusterHalfMadeByAStartKilledDuringInitdbIsThrownAwayAndMadeAgain() throws Exception {
        Path data = temp.resolve("fresh");
        Path staging = Files.createDirectories(temp.resolve("fresh.initdb"));
        Files.writeString(staging.resolve("postgresql.conf"), "# initdb was killed here\n");
        Files.writeString(staging.resolve("PG_VERSION"), "17\n");
        properties = new EmbeddedPostgresProperties(data, false, 0);

        try (Connection connection = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(properties));
             Statement statement = connection.createStatement()) {
            assertThat(values(statement, "select count(*) from pg_database where datname = 'postgres'"))
                    .containsExactly("1");
        }
        assertThat(staging).doesNotExist();
        assertThat(data.resolve("global").resolve("pg_control")).exists();
    }

    @Test
    void theTestsThrowawayServerKeepsItsFastSettings() throws Exception {
        EmbeddedPostgresProperties ephemeral = new EmbeddedPostgresProperties(temp, true, 0);
        try (Connection connection = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(ephemeral));
             Statement statement = connection.createStatement()) {
            assertThat(values(statement, "show fsync")).containsExactly("off");
            assertThat(values(statement, "show synchronous_commit")).containsExactly("off");
        } finally {
            EmbeddedPostgresServer.stop(ephemeral);
        }
    }

    @Test
    void thePidFileOfAnotherProgramIsLeftAlone() throws Exception {
        Path data = Files.createDirectories(temp.resolve("other"));
        // this very JVM is alive, but it is no PostgreSQL of that directory
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
        assertThat(StalePostmaster.find(data)).isEmpty();
        assertThat(StalePostmaster.stopIfRunning(data)).isFalse();
    }

    /** Starts the application in a JVM of its own, waits until it committed its row, then kills it (SIGKILL). */
    private static Process startAndKill(Path data, int run) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process application = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingApplication.class.getName(), data.toString(), Integer.toString(run))
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(application.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals(CrashingApplication.READY)) {
                output.add(line);
            }
            assertThat(line).as("the application's output: %s", output).isEqualTo(CrashingApplication.READY);
            application.destroyForcibly();
            assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return application;
    }

    private static List<String> values(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
