package fr.nanterre.platform.postgres;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Nightly copies of the embedded database (decision 0027).
 *
 * @param enabled   whether the nightly backup runs (only for the embedded database, never for a throwaway one)
 * @param directory where the copies go, one folder each
 * @param keep      how many copies are kept; older ones are deleted after a new one succeeded
 * @param cron      when the backup runs
 */
@ConfigurationProperties("insertion.backup")
public record BackupProperties(Boolean enabled, Path directory, Integer keep, String cron) {

    public BackupProperties {
        enabled = enabled == null || enabled;
        directory = directory == null ? Path.of(System.getProperty("user.home"), ".insertion", "backups") : directory;
        keep = keep == null ? 7 : keep;
        cron = cron == null ? "0 0 1 * * *" : cron;
        if (keep < 1) {
            throw new IllegalArgumentException("insertion.backup.keep must be at least 1");
        }
    }
}
