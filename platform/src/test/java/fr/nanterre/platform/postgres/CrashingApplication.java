package fr.nanterre.platform.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Stands for the application in {@link EmbeddedPostgresCrashTest}: a JVM of its own that starts the durable
 * embedded server on the data directory it is given, commits one row, says so, then waits to be killed.
 */
final class CrashingApplication {

    static final String READY = "ready";

    private CrashingApplication() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(Path.of(args[0]), false, 0);
        try (Connection connection = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(properties));
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists crash_test (run int not null)");
            statement.execute("insert into crash_test values (" + args[1] + ")");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
