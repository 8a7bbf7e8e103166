package fr.nanterre.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first start, killed ({@code kill -9}) at five moments of it, each on the data directory the previous
 * one left: during initdb, during the migrations, while partners' demo data loads, while facilitation waits for the
 * other modules' events, while facilitation's demo data loads. The sixth start gives the whole demo, in every
 * module and in every module's copies of the others' data, with nothing left in the event registry
 * (decision 0027): the figures of an uninterrupted start ({@link DemoFigures}).
 */
class DemoCrashIT {

    private static final Path WORK = Path.of("target", "demo-crash");
    private static final Duration START = Duration.ofMinutes(4);

    private static Path data;
    private static int databasePort;

    @BeforeAll
    static void freshDataDirectory() throws Exception {
        Files.createDirectories(WORK);
        data = Files.createTempDirectory(WORK.toAbsolutePath(), "run").resolve("postgres");
        databasePort = PackagedApplication.freePort();
    }

    @AfterAll
    static void noServerLeft() throws Exception {
        if (data != null) {
            PackagedApplication.stopPostgres(data);
        }
    }

    @Test
    void aFirstStartKilledAtAnyMomentIsCompletedByTheNextStart() throws Exception {
        List<String> killedWhen = List.of(
                "creating subdirectories",                          // initdb
                "Migrating schema \"partners\"",                    // Flyway
                "Started Application",                              // partners' demo data loading
                "Demo data: facilitation waits for",                // events on their way to facilitation
                "Demo data: facilitation found what it needs");     // facilitation's demo data loading
        for (int run = 0; run < killedWhen.size(); run++) {
            PackagedApplication application = start(run);
            application.awaitLog(killedWhen.get(run), START);
            application.kill();
        }

        PackagedApplication last = start(killedWhen.size());
        try {
            last.awaitLog("Started Application", START);
            assertThat(DemoFigures.awaitFull(databasePort, Duration.ofMinutes(3))).isEqualTo(DemoFigures.FULL_DEMO);
        } finally {
            last.stop();
        }
    }

    private static PackagedApplication start(int run) throws Exception {
        return PackagedApplication.start(WORK.resolve("run-" + run + ".log"), List.of(
                "--spring.profiles.active=demo", "--server.port=" + PackagedApplication.freePort(),
                "--management.server.port=" + PackagedApplication.freePort(),
                "--insertion.embedded-postgres.data-directory=" + data,
                "--insertion.embedded-postgres.port=" + databasePort,
                // delivered again at the next start anyway; here, the schedule must not muddle the figures
                "--insertion.events.resubmit-every=PT1H"));
    }
}
