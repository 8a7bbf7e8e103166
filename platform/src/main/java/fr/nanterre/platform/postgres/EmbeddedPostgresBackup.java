package fr.nanterre.platform.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly backup of the embedded database, in one of two formats ({@link BackupProperties#format()}).
 *
 * <p>{@link BackupProperties.Format#DUMP} (the default): a logical dump ({@link DatabaseDump}), one file
 * {@code insertion-YYYYMMDD-HHMMSS.zip}, restored into an empty database by the application's migrations
 * ({@link DumpRestore}); portable to another PostgreSQL server or major version (decision 0032).
 *
 * <p>{@link BackupProperties.Format#COPY}: an online copy of its data directory through PostgreSQL's
 * low-level backup API ({@code pg_backup_start} … {@code pg_backup_stop}), the way {@code pg_basebackup} makes
 * one. zonky's binaries ship only {@code initdb}, {@code pg_ctl} and {@code postgres}, no {@code pg_dump}, and the
 * system's {@code pg_dump}, when there is one, is often older than the server and refuses to dump it.
 *
 * <p>The application keeps running. A temporary replication slot keeps every WAL segment written from the start of
 * the copy; the WAL is copied last, after {@code pg_backup_stop}, with the {@code backup_label} it returned. The
 * copy is written under a {@code .partial-} name and renamed when complete, so a folder named {@code insertion-…} is
 * always a whole backup; then only the last {@link BackupProperties#keep()} are kept. To restore, the folder is
 * copied in place of the data directory while the application is stopped: PostgreSQL replays the WAL up to the end
 * of the backup at its next start (README, "Backups"). It restores into the same PostgreSQL major version only.
 *
 * <p>Either way a backup is written under a {@code .partial-} name and renamed when complete, and the last
 * {@link BackupProperties#keep()} backups are kept, whatever their format.
 */
public class EmbeddedPostgresBackup {

    static final String PREFIX = "insertion-";
    static final String DUMP_SUFFIX = ".zip";
    private static final String PARTIAL = ".partial-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresBackup.class);
    /** Left out of the copy, as pg_basebackup leaves them out: runtime files and folders emptied at every start. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map", "backup_label.old");
    private static final Set<String> EMPTIED_FOLDERS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private final DataSource dataSource;
    private final Path dataDirectory;
    private final BackupProperties properties;
    private final Clock clock;
    private final @Nullable String applicationVersion;

    public EmbeddedPostgresBackup(DataSource dataSource, Path dataDirectory, BackupProperties properties,
                                  Clock clock) {
        this(dataSource, dataDirectory, properties, clock, null);
    }

    public EmbeddedPostgresBackup(DataSource dataSource, Path dataDirectory, BackupProperties properties,
                                  Clock clock, @Nullable String applicationVersion) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.properties = properties;
        this.clock = clock;
        this.applicationVersion = applicationVersion;
    }

    @Scheduled(cron = "${insertion.backup.cron:0 0 1 * * *}")
    @SchedulerLock(name = "embedded-postgres-backup",
            lockAtLeastFor = "${insertion.scheduling.lock-at-least-for:PT30S}")
    public void nightly() {
        try {
            Path backup = backup();
            LOG.info("Backup of the embedded database written to {}", backup);
        } catch (RuntimeException failed) {
            LOG.error("The backup of the embedded database failed", failed);
        }
    }

    /** Backs the running database up into {@link BackupProperties#directory()}, in the configured format. */
    public Path backup() {
        return switch (properties.format()) {
            case DUMP -> dump();
            case COPY -> copy();
        };
    }

    /**
     * Dumps the running database into a new file {@code insertion-YYYYMMDD-HHMMSS.zip} of
     * {@link BackupProperties#directory()}; returns it.
     */
    public Path dump() {
        String name = PREFIX + LocalDateTime.now(clock).format(STAMP) + DUMP_SUFFIX;
        Path directory = properties.directory().toAbsolutePath();
        Path target = directory.resolve(name);
        Path partial = directory.resolve(PARTIAL + name);
        try {
            Files.createDirectories(directory);
            deletePartials(directory);
            DumpManifest manifest;
            try {
                createOwnerOnly(partial);
                manifest = new DatabaseDump(dataSource, applicationVersion).write(partial);
                try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    written.force(true);
                }
            } catch (IOException | SQLException | RuntimeException failed) {
                Files.deleteIfExists(partial);
                throw failed;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(directory);
            LOG.info("Dump of {} tables ({} rows) written to {} ({} bytes)", manifest.tables().size(),
                    manifest.tables().stream().mapToLong(DumpManifest.Table::rows).sum(), target, Files.size(target));
            prune();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The dump of the embedded database failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("The dump of the embedded database failed", e);
        }
    }

    /** Copies the running database into a new folder of {@link BackupProperties#directory()}; returns it. */
    public Path copy() {
        String name = PREFIX + LocalDateTime.now(clock).format(STAMP);
        Path target = properties.directory().toAbsolutePath().resolve(name);
        Path partial = properties.directory().toAbsolutePath().resolve(PARTIAL + name);
        try {
            Files.createDirectories(properties.directory());
            deletePartials(properties.directory().toAbsolutePath());
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("select pg_create_physical_replication_slot('insertion_backup_' || pg_backend_pid(), "
                        + "true, true)");
                statement.execute("select pg_backup_start('" + name + "', true)");
                String label;
                String tablespaceMap;
                try {
                    copy(dataDirectory, partial, false);
                } finally {
                    try (ResultSet stop = statement.executeQuery(
                            "select labelfile, spcmapfile from pg_backup_stop(false)")) {
                        stop.next();
                        label = stop.getString(1);
                        tablespaceMap = stop.getString(2);
                    }
                }
                copy(dataDirectory.resolve("pg_wal"), partial.resolve("pg_wal"), true);
                Files.writeString(partial.resolve("backup_label"), label);
                if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                    Files.writeString(partial.resolve("tablespace_map"), tablespaceMap);
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup of the embedded database failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup of the embedded database failed", e);
        }
    }

    /** The complete backups, dumps (files) and copies (folders), oldest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(properties.directory())) {
            return List.of();
        }
        try (Stream<Path> backups = Files.list(properties.directory())) {
            return backups.filter(backup -> backup.getFileName().toString().startsWith(PREFIX))
                    .filter(backup -> Files.isDirectory(backup)
                            || backup.getFileName().toString().endsWith(DUMP_SUFFIX) && Files.isRegularFile(backup))
                    .sorted(Comparator.comparing(backup -> stamp(backup))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stamp(Path backup) {
        String name = backup.getFileName().toString();
        return name.endsWith(DUMP_SUFFIX) ? name.substring(0, name.length() - DUMP_SUFFIX.length()) : name;
    }

    /** What a backup cut short (a kill, a full disk) left: never a backup, and in the way of the next one. */
    private static void deletePartials(Path directory) throws IOException {
        try (Stream<Path> leftovers = Files.list(directory)) {
            for (Path leftover : leftovers.filter(path -> path.getFileName().toString().startsWith(PARTIAL)).toList()) {
                deleteRecursively(leftover);
                LOG.info("Unfinished backup {} deleted", leftover);
            }
        }
    }

    /** The dump holds personal data (participants, criteria such as RQTH): only its owner may read it. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a folder: the rename is then as durable as the file system makes it
        }
    }

    private void prune() throws IOException {
        List<Path> all = backups();
        for (Path old : all.subList(0, Math.max(0, all.size() - properties.keep()))) {
            deleteRecursively(old);
            LOG.info("Old backup {} deleted (keeping the last {})", old, properties.keep());
        }
    }

    /** Copies a folder; files that vanish while copying (a table dropped, a temporary file) are skipped. */
    private static void copy(Path from, Path to, boolean walToo) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                Path relative = from.relativize(directory);
                Path copy = Files.createDirectories(to.resolve(relative));
                try {
                    // PostgreSQL starts only on a data directory that others cannot read (0700)
                    Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(directory));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's default access applies
                }
                if (!walToo && relative.getNameCount() == 1 && EMPTIED_FOLDERS.contains(relative.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = file.getFileName().toString();
                if ((file.getParent().equals(from) && SKIPPED_FILES.contains(name)) || name.startsWith("pgsql_tmp")) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file)), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException vanished) {
                    // dropped while copying: the WAL replay at restore time knows it is gone
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            Files.delete(directory);
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
