package fr.nanterre.platform.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per data directory and per JVM. Test classes that build several Spring
 * contexts share the one server their JVM started; it stops when the JVM exits, after the contexts closed.
 */
final class EmbeddedPostgresServer {

    private static final Map<String, EmbeddedPostgres> RUNNING = new HashMap<>();
    private static final String EPHEMERAL = "ephemeral";

    private EmbeddedPostgresServer() {
    }

    static synchronized String jdbcUrl(EmbeddedPostgresProperties properties) {
        String key = properties.ephemeral() ? EPHEMERAL : properties.dataDirectory().toAbsolutePath().toString();
        EmbeddedPostgres server = RUNNING.computeIfAbsent(key, k -> start(properties));
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start(EmbeddedPostgresProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port())
                    .setRegisterShutdownHook(false);
            if (properties.ephemeral()) {
                builder.setDataDirectory(Files.createTempDirectory("insertion-pg")).setCleanDataDirectory(true);
            } else {
                Path directory = properties.dataDirectory().toAbsolutePath();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            // Spring Boot runs its shutdown handlers after closing every application context, so the database
            // stops only once nothing (such as the event publication registry) needs it any more.
            SpringApplication.getShutdownHandlers().add(() -> close(server));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
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
