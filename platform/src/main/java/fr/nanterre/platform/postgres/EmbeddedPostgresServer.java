package fr.nanterre.platform.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per data directory and per JVM. Test classes that build several Spring
 * contexts share the one server their JVM started; it stops when the JVM exits, after the contexts closed.
 *
 * <p>The application's own server is durable: zonky's builder starts PostgreSQL with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}, settings for tests; the {@code -c} options given here come after {@code -F} on
 * the command line and turn both back on. A postmaster left running by a JVM that was killed is stopped first
 * ({@link StalePostmaster}). The throwaway server of the tests keeps zonky's fast settings.
 */
final class EmbeddedPostgresServer {

    private static final Map<String, EmbeddedPostgres> RUNNING = new HashMap<>();
    private static final String EPHEMERAL = "ephemeral";

    private EmbeddedPostgresServer() {
    }

    static synchronized String jdbcUrl(EmbeddedPostgresProperties properties) {
        return server(properties).getJdbcUrl("postgres", "postgres");
    }

    /** The running server of these settings, started on first use. */
    static synchronized EmbeddedPostgres server(EmbeddedPostgresProperties properties) {
        return RUNNING.computeIfAbsent(key(properties), k -> start(properties));
    }

    private static String key(EmbeddedPostgresProperties properties) {
        return properties.ephemeral() ? EPHEMERAL : properties.dataDirectory().toAbsolutePath().toString();
    }

    private static EmbeddedPostgres start(EmbeddedPostgresProperties properties) {
        try {
            EmbeddedPostgres server = builder(properties).start();
            // Spring Boot runs its shutdown handlers after closing every application context, so the database
            // stops only once nothing (such as the event publication registry) needs it any more.
            SpringApplication.getShutdownHandlers().add(() -> close(server));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
        }
    }

    /** The builder of the server of these settings: durable on a kept data directory, fast on a throwaway one. */
    static EmbeddedPostgres.Builder builder(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port())
                .setRegisterShutdownHook(false);
        if (properties.ephemeral()) {
            return builder.setDataDirectory(Files.createTempDirectory("insertion-pg")).setCleanDataDirectory(true);
        }
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        StalePostmaster.stopIfRunning(directory);
        if (!Files.exists(directory.resolve("postgresql.conf"))) {
            initialise(directory);
        }
        return builder.setDataDirectory(directory).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    /** Stops the server of these settings, if this JVM started it. */
    static synchronized void stop(EmbeddedPostgresProperties properties) {
        EmbeddedPostgres server = RUNNING.remove(key(properties));
        if (server != null) {
            close(server);
        }
    }

    /**
     * Creates the database cluster beside the data directory, then moves it in place: a start killed during
     * {@code initdb} leaves a half-made cluster in the staging folder, which the next start throws away, never in
     * the data directory (zonky would take a half-made one for a cluster and never repair it).
     */
    private static void initialise(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> content = Files.list(directory)) {
                if (content.findAny().isPresent()) {
                    throw new IllegalStateException("The embedded database directory " + directory
                            + " is not empty but holds no PostgreSQL database (no postgresql.conf): move it away");
                }
            }
        }
        Files.createDirectories(directory.getParent());
        Path staging = directory.resolveSibling(directory.getFileName() + ".initdb");
        StalePostmaster.stopIfRunning(staging);
        deleteRecursively(staging);
        EmbeddedPostgres.builder().setDataDirectory(staging).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start().close();
        Files.deleteIfExists(directory);
        Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing left to do
        }
    }
}
