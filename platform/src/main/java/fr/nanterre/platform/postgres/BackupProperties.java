package fr.nanterre.platform.postgres;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Nightly backups of the embedded database (decisions 0027 and 0032).
 *
 * @param enabled   whether the nightly backup runs (only for the embedded database, never for a throwaway one)
 * @param directory where the backups go, one file (dump) or folder (copy) each
 * @param keep      how many backups are kept; older ones are deleted after a new one succeeded
 * @param cron      when the backup runs
 * @param format    {@link Format#DUMP} (default): a logical dump, portable to another PostgreSQL;
 *                  {@link Format#COPY}: a physical copy of the data directory, for the same PostgreSQL only
 */
@ConfigurationProperties("insertion.backup")
public record BackupProperties(Boolean enabled, Path directory, Integer keep, String cron, Format format) {

    /** What a nightly backup is. */
    public enum Format {
        /** A logical dump: one zip file of every application table's rows, restored through the migrations. */
        DUMP,
        /** A physical online copy of the data directory, restored by copying it in place. */
        COPY
    }

    public BackupProperties {
        enabled = enabled == null || enabled;
        directory = directory == null ? Path.of(System.getProperty("user.home"), ".insertion", "backups") : directory;
        keep = keep == null ? 7 : keep;
        cron = cron == null ? "0 0 1 * * *" : cron;
        format = format == null ? Format.DUMP : format;
        if (keep < 1) {
            throw new IllegalArgumentException("insertion.backup.keep must be at least 1");
        }
    }
}
