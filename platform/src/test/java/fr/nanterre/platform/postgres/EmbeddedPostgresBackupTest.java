package fr.nanterre.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A physical copy (insertion.backup.format=copy) of the running embedded database, restored into a fresh data
 * directory, gives the same figures; what
 * was written after the backup is not in it; only the last copies are kept.
 */
class EmbeddedPostgresBackupTest {

    @TempDir
    Path temp;

    private EmbeddedPostgresProperties live;
    private EmbeddedPostgresProperties restored;

    @AfterEach
    void stop() {
        for (EmbeddedPostgresProperties properties : new EmbeddedPostgresProperties[] {live, restored}) {
            if (properties != null) {
                EmbeddedPostgresServer.stop(properties);
            }
        }
    }

    @Test
    void aBackupRestoredIntoAFreshDataDirectoryGivesTheSameFigures() throws Exception {
        live = new EmbeddedPostgresProperties(temp.resolve("live"), false, 0);
        String liveUrl = EmbeddedPostgresServer.jdbcUrl(live);
        try (Connection connection = DriverManager.getConnection(liveUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema partners");
            statement.execute("create table partners.grant_payment (id int primary key, amount numeric not null)");
            // 10,000 payments of 1 to 10,000 €: 50,005,000 € in all
            statement.execute("insert into partners.grant_payment select i, i from generate_series(1, 10000) i");
        }
        EmbeddedPostgresBackup backup = new EmbeddedPostgresBackup(dataSource(liveUrl), live.dataDirectory(),
                new BackupProperties(true, temp.resolve("backups"), 7, null, BackupProperties.Format.COPY), Clock.systemUTC());

        Path copy = backup.backup();
        try (Connection connection = DriverManager.getConnection(liveUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("insert into partners.grant_payment values (10001, 1000000)");
        }

        // the restore command of the README: the copy in place of a data directory, then a start
        Path fresh = temp.resolve("restored");
        copyFolder(copy, fresh);
        restored = new EmbeddedPostgresProperties(fresh, false, 0);
        try (Connection connection = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(restored));
             Statement statement = connection.createStatement()) {
            assertThat(value(statement, "select count(*) from partners.grant_payment")).isEqualTo("10000");
            assertThat(value(statement, "select sum(amount) from partners.grant_payment")).isEqualTo("50005000");
        }
        assertThat(copy.getFileName().toString()).startsWith("insertion-");
        assertThat(copy.resolve("backup_label")).exists();
    }

    @Test
    void onlyTheLastCopiesAreKept() throws Exception {
        live = new EmbeddedPostgresProperties(temp.resolve("live"), false, 0);
        String liveUrl = EmbeddedPostgresServer.jdbcUrl(live);
        Path backups = temp.resolve("backups");
        for (int night = 1; night <= 3; night++) {
            Clock clock = Clock.fixed(Instant.parse("2026-12-0" + night + "T01:00:00Z"), ZoneOffset.UTC);
            new EmbeddedPostgresBackup(dataSource(liveUrl), live.dataDirectory(),
                    new BackupProperties(true, backups, 2, null, BackupProperties.Format.COPY), clock).backup();
        }
        try (Stream<Path> folders = Files.list(backups)) {
            assertThat(folders.map(folder -> folder.getFileName().toString()).sorted())
                    .containsExactly("insertion-20261202-010000", "insertion-20261203-010000");
        }
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path));
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(path));
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static String value(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
