package fr.nanterre.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The nightly backup of the packaged application, put back (issue 14, item 7; decision 0032): the demo runs on a
 * first data directory and dumps itself on a schedule; the dump, written once the demo is whole, is restored at the
 * start of the application on a second, fresh data directory ({@code --insertion.restore.from}). The second
 * application shows the figures of the first, in every module and in every module's copies of the others' data,
 * and its demo loaders, finding the restored data, add nothing.
 */
class RestoreIT {

    private static final Path WORK = Path.of("target", "restore");
    private static final Duration START = Duration.ofMinutes(4);
    private static final Pattern DUMP_WRITTEN = Pattern.compile(
            "(?m)^(\\S+)\\s.*Dump of \\d+ tables .* written to (\\S+\\.zip)");

    private static Path original;
    private static Path restored;
    private static Path backups;
    private static final int[] DATABASE = new int[2];

    @BeforeAll
    static void twoDataDirectories() throws Exception {
        Files.createDirectories(WORK);
        Path run = Files.createTempDirectory(WORK.toAbsolutePath(), "run");
        original = run.resolve("original");
        restored = run.resolve("restored");
        backups = run.resolve("backups");
        DATABASE[0] = PackagedApplication.freePort();
        DATABASE[1] = PackagedApplication.freePort();
    }

    @AfterAll
    static void noServerLeft() throws Exception {
        if (original != null) {
            PackagedApplication.stopPostgres(original);
            PackagedApplication.stopPostgres(restored);
        }
    }

    @Test
    void aDumpOfTheDemoRestoredIntoAFreshDataDirectoryShowsTheSameFigures() throws Exception {
        Path firstLog = WORK.resolve("original.log");
        PackagedApplication first = PackagedApplication.start(firstLog, List.of(
                "--spring.profiles.active=demo", "--server.port=" + PackagedApplication.freePort(),
                "--management.server.port=" + PackagedApplication.freePort(),
                "--insertion.embedded-postgres.data-directory=" + original,
                "--insertion.embedded-postgres.port=" + DATABASE[0],
                "--insertion.backup.directory=" + backups,
                "--insertion.backup.cron=*/10 * * * * *",
                "--insertion.events.resubmit-every=PT1H"));
        Path dump;
        try {
            first.awaitLog("Started Application", START);
            assertThat(DemoFigures.awaitFull(DATABASE[0], Duration.ofMinutes(3))).isEqualTo(DemoFigures.FULL_DEMO);
            dump = dumpWrittenAfter(firstLog, Instant.now(), Duration.ofMinutes(1));
        } finally {
            first.stop();
        }
        assertThat(dump).isRegularFile();

        PackagedApplication second = PackagedApplication.start(WORK.resolve("restored.log"), List.of(
                "--spring.profiles.active=demo", "--server.port=" + PackagedApplication.freePort(),
                "--management.server.port=" + PackagedApplication.freePort(),
                "--insertion.embedded-postgres.data-directory=" + restored,
                "--insertion.embedded-postgres.port=" + DATABASE[1],
                "--insertion.backup.enabled=false",
                "--insertion.events.resubmit-every=PT1H",
                "--insertion.restore.from=" + dump));
        try {
            second.awaitLog("Started Application", START);
            // the demo loaders found the restored data: nothing added, whatever the moment we read
            assertThat(DemoFigures.read(DATABASE[1])).isEqualTo(DemoFigures.FULL_DEMO);
            Thread.sleep(Duration.ofSeconds(10));
            assertThat(DemoFigures.read(DATABASE[1])).isEqualTo(DemoFigures.FULL_DEMO);
        } finally {
            second.stop();
        }
    }

    /** The first dump the log reports after {@code after}: its file. */
    private static Path dumpWrittenAfter(Path log, Instant after, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            Matcher matcher = DUMP_WRITTEN.matcher(Files.readString(log, StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (OffsetDateTime.parse(matcher.group(1)).toInstant().isAfter(after)) {
                    return Path.of(matcher.group(2));
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No dump written within " + patience + " after " + after + " (" + log + ")");
    }
}
