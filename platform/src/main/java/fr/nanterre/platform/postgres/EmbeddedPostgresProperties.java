package fr.nanterre.platform.postgres;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live; they survive restarts
 * @param ephemeral     a throwaway database in a temporary directory (tests)
 * @param port          0 picks a free port
 */
@ConfigurationProperties("insertion.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, boolean ephemeral, int port) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".insertion", "postgres");
        }
    }
}
