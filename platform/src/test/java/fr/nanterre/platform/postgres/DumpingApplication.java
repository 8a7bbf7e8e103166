package fr.nanterre.platform.postgres;

import java.nio.file.Path;
import java.time.Clock;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Stands for the application in {@link DatabaseDumpTest}: a JVM of its own that runs the nightly dump of the
 * database at the given URL into the given directory, to be killed while it writes.
 */
final class DumpingApplication {

    private DumpingApplication() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        BackupProperties properties = new BackupProperties(true, Path.of(args[1]), 7, null, BackupProperties.Format.DUMP);
        new EmbeddedPostgresBackup(dataSource, Path.of(args[1]), properties, Clock.systemUTC()).backup();
    }
}
