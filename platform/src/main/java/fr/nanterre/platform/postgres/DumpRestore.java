package fr.nanterre.platform.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.nanterre.platform.postgres.DatabaseDump.TableToDump;
import fr.nanterre.platform.postgres.DumpManifest.Migration;
import fr.nanterre.platform.postgres.DumpManifest.SchemaHistory;
import fr.nanterre.platform.postgres.DumpManifest.Sequence;
import fr.nanterre.platform.postgres.DumpManifest.Table;

/**
 * Restores a {@link DatabaseDump} into an empty database, at start-up, in place of the plain migrations
 * ({@link ModuleMigrations}, property {@code insertion.restore.from}).
 *
 * <ol>
 * <li>Checks, before changing anything: the file is a complete dump of a known format; every schema and table in
 * it belongs to the application; each schema's migrations in the dump are the application's own (same versions,
 * same checksums), none newer than the application's; the database holds no application table.</li>
 * <li>Marks the database as being restored (schema {@value #MARKER_SCHEMA}, committed), then migrates each schema
 * up to the version of the dump (Flyway {@code target}): the tables are exactly the dumped ones.</li>
 * <li>Loads every table in one transaction with {@code session_replication_role = replica}, so that no trigger
 * fires (read models maintained by triggers are restored as rows, the append-only audit log accepts its lines)
 * and no foreign key is checked (the rows come from one consistent snapshot); the rows the migrations seeded are
 * replaced by the dumped ones; the sequences are set; each table's row count is checked against the manifest.</li>
 * <li>Migrates every schema to the application's latest version, on the restored rows, then removes the mark.</li>
 * </ol>
 * A failure at any step after the checks drops what the restore made (Flyway {@code clean} of each schema), so
 * the database is empty again, and the start-up fails saying why. A restore cut short (a {@code kill -9}) leaves
 * the mark: a normal start refuses to run on that database, a new restore cleans it and starts over.
 */
final class DumpRestore {

    /** Present while a restore has not finished. */
    static final String MARKER_SCHEMA = "insertion_restore";
    private static final Logger LOG = LoggerFactory.getLogger(DumpRestore.class);

    /**
     * The migrations of one schema, as {@link ModuleMigrations} runs them.
     *
     * @param schema        the schema, or null for the connection's current one (Spring Boot's Flyway)
     * @param configuration its Flyway configuration
     */
    record SchemaMigrations(@Nullable String schema, Configuration configuration) {

        Flyway flyway() {
            return new Flyway(configuration);
        }

        Flyway flyway(MigrationVersion target) {
            return configure().target(target).load();
        }

        Flyway cleaning() {
            return configure().cleanDisabled(false).load();
        }

        private FluentConfiguration configure() {
            return Flyway.configure(configuration.getClassLoader()).configuration(configuration);
        }
    }

    private final DataSource dataSource;
    private final List<SchemaMigrations> schemas;

    DumpRestore(DataSource dataSource, List<SchemaMigrations> schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    /** A normal start on a database whose restore did not finish would run on part of the data: refused. */
    static void refuseIfUnfinished(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            unfinished(connection).ifPresent(dump -> {
                throw new IllegalStateException("The restore of " + dump + " into this database did not finish: "
                        + "start the application again with --insertion.restore.from=" + dump
                        + " to restore it from the start, or on an empty database");
            });
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be read", e);
        }
    }

    /**
     * Restores the dump, then runs {@code migrateAll} (every schema to its latest version) before declaring the
     * restore finished.
     */
    void restore(Path dump, Runnable migrateAll) {
        Path file = dump.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Cannot restore " + file + ": there is no such file");
        }
        try (ZipFile zip = open(file)) {
            DumpManifest manifest = manifest(zip, file);
            Map<SchemaMigrations, String> names = names();
            Map<SchemaMigrations, MigrationVersion> targets = targets(manifest, names, file);
            boolean unfinished = checkEmpty(file);
            LOG.info("Restoring {} (taken at {} from {}, application {}): {} tables, {} rows", file,
                    manifest.takenAt(), manifest.postgresql(), manifest.applicationVersion(),
                    manifest.tables().size(), manifest.tables().stream().mapToLong(Table::rows).sum());
            if (unfinished) {
                LOG.warn("An earlier restore into this database did not finish; what it made is dropped first");
                clean();
            }
            try {
                mark(file);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot restore " + file + ": the database could not be marked as "
                        + "being restored (" + e.getMessage() + ")", e);
            }
            try {
                targets.forEach((schema, target) -> schema.flyway(target).migrate());
                load(zip, manifest, file);
                migrateAll.run();
                unmark();
            } catch (RuntimeException | SQLException | IOException failure) {
                String why = failure.getMessage();
                try {
                    clean();
                    unmark();
                } catch (RuntimeException | SQLException cleaning) {
                    failure.addSuppressed(cleaning);
                    throw new IllegalStateException("The restore of " + file + " failed (" + why + ") and what it "
                            + "made could not be dropped: restore again on an empty database", failure);
                }
                throw new IllegalStateException("The restore of " + file + " failed, the database is left empty: "
                        + why, failure);
            }
            LOG.info("Restored {} ({} tables, {} sequences)", file, manifest.tables().size(),
                    manifest.sequences().size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + file + ": " + e.getMessage(), e);
        }
    }

    private static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot restore " + file + ": it is not a complete dump (" + e.getMessage()
                    + "); a file named .partial-… is a dump that was cut short", e);
        }
    }

    private static DumpManifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(DumpManifest.ENTRY);
        if (entry == null) {
            throw new IllegalStateException("Cannot restore " + file + ": it has no " + DumpManifest.ENTRY
                    + ", it is not a complete dump of this application");
        }
        DumpManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = DumpManifest.read(in);
        }
        if (manifest.formatVersion() > DumpManifest.FORMAT_VERSION) {
            throw new IllegalStateException("Cannot restore " + file + ": its format " + manifest.formatVersion()
                    + " is newer than this application's (" + DumpManifest.FORMAT_VERSION + "); restore it with the "
                    + "application that made it (" + manifest.applicationVersion() + ") or a newer one");
        }
        for (Table table : manifest.tables()) {
            if (zip.getEntry(table.entry()) == null) {
                throw new IllegalStateException("Cannot restore " + file + ": the rows of " + table.schema() + "."
                        + table.name() + " (" + table.entry() + ") are missing from it");
            }
        }
        return manifest;
    }

    /** Each schema's name in the database. */
    private Map<SchemaMigrations, String> names() {
        Map<SchemaMigrations, String> names = new LinkedHashMap<>();
        for (SchemaMigrations schema : schemas) {
            names.put(schema, schema.schema() != null ? schema.schema() : currentSchema(schema.configuration()));
        }
        return names;
    }

    private String currentSchema(Configuration configuration) {
        if (configuration.getDefaultSchema() != null) {
            return configuration.getDefaultSchema();
        }
        if (configuration.getSchemas().length > 0) {
            return configuration.getSchemas()[0];
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_schema()")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be read", e);
        }
    }

    /**
     * The version each schema is migrated to before the rows are loaded: the dump's. Refuses a dump that this
     * application cannot load: unknown schemas, newer or different migrations, a failed migration.
     */
    private Map<SchemaMigrations, MigrationVersion> targets(DumpManifest manifest, Map<SchemaMigrations, String> names,
                                                            Path file) {
        Set<String> known = new HashSet<>(names.values());
        Set<String> dumped = new HashSet<>();
        manifest.schemas().forEach(history -> dumped.add(history.schema()));
        manifest.tables().forEach(table -> dumped.add(table.schema()));
        manifest.sequences().forEach(sequence -> dumped.add(sequence.schema()));
        dumped.removeAll(known);
        if (!dumped.isEmpty()) {
            throw new IllegalStateException("Cannot restore " + file + ": it holds the schemas " + dumped
                    + ", which this application does not have (its schemas: " + known + ")");
        }
        Map<SchemaMigrations, MigrationVersion> targets = new LinkedHashMap<>();
        for (Map.Entry<SchemaMigrations, String> schema : names.entrySet()) {
            Optional<SchemaHistory> history = manifest.history(schema.getValue());
            if (history.isEmpty() || history.get().version().isEmpty()) {
                continue;
            }
            Map<MigrationVersion, @Nullable Integer> available = new HashMap<>();
            for (MigrationInfo migration : schema.getKey().flyway().info().all()) {
                if (migration.getVersion() != null && migration.getState().isResolved()) {
                    available.put(migration.getVersion(), migration.getResolvedChecksum());
                }
            }
            MigrationVersion target = history.get().version().get();
            Optional<MigrationVersion> latest = available.keySet().stream().max(MigrationVersion::compareTo);
            if (latest.isEmpty() || target.compareTo(latest.get()) > 0) {
                throw new IllegalStateException("Cannot restore " + file + ": its schema " + schema.getValue()
                        + " is at version " + target + ", newer than this application's (" + latest.map(MigrationVersion::toString).orElse("none")
                        + "); restore "
                        + "it with the application that made it (" + manifest.applicationVersion() + ") or a newer one");
            }
            for (Migration migration : history.get().migrations()) {
                if (!migration.success()) {
                    throw new IllegalStateException("Cannot restore " + file + ": migration " + migration.script()
                            + " of schema " + schema.getValue() + " had failed in the dumped database");
                }
                if (migration.version() == null || !"SQL".equals(migration.type()) && !"JDBC".equals(migration.type())) {
                    continue;
                }
                MigrationVersion version = MigrationVersion.fromVersion(migration.version());
                if (!available.containsKey(version)) {
                    throw new IllegalStateException("Cannot restore " + file + ": migration " + migration.script()
                            + " of schema " + schema.getValue() + " is not one of this application's");
                }
                Integer checksum = available.get(version);
                if (migration.checksum() != null && checksum != null && !migration.checksum().equals(checksum)) {
                    throw new IllegalStateException("Cannot restore " + file + ": migration " + migration.script()
                            + " of schema " + schema.getValue() + " differs from this application's (checksum "
                            + migration.checksum() + ", here " + checksum + ")");
                }
            }
            targets.put(schema.getKey(), target);
        }
        return targets;
    }

    /** Refuses a database with application tables; returns whether an unfinished restore left them. */
    private boolean checkEmpty(Path file) {
        try (Connection connection = dataSource.getConnection()) {
            if (unfinished(connection).isPresent()) {
                return true;
            }
            List<TableToDump> tables = DatabaseDump.tables(connection);
            if (!tables.isEmpty()) {
                throw new IllegalStateException("Cannot restore " + file + ": the database is not empty (" + tables.size()
                        + " tables, such as " + tables.getFirst().schema() + "." + tables.getFirst().name() + "). A dump "
                        + "is restored only into an empty database: start on a fresh data directory "
                        + "(insertion.embedded-postgres.data-directory) or an empty database, or without "
                        + "insertion.restore.from");
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be read", e);
        }
    }

    private static Optional<String> unfinished(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet marker = statement.executeQuery("select to_regclass('" + MARKER_SCHEMA + ".unfinished')")) {
            marker.next();
            if (marker.getString(1) == null) {
                return Optional.empty();
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet dump = statement.executeQuery("select dump from " + MARKER_SCHEMA + ".unfinished")) {
            return Optional.of(dump.next() ? dump.getString(1) : "(unknown dump)");
        }
    }

    private void mark(Path file) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists " + MARKER_SCHEMA);
                statement.execute("create table if not exists " + MARKER_SCHEMA + ".unfinished (dump text not null, "
                        + "started_at timestamptz not null default now())");
                statement.execute("delete from " + MARKER_SCHEMA + ".unfinished");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + MARKER_SCHEMA + ".unfinished (dump) values (?)")) {
                insert.setString(1, file.toString());
                insert.executeUpdate();
            }
        }
    }

    private void unmark() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("drop schema if exists " + MARKER_SCHEMA + " cascade");
        }
    }

    /** Drops what the restore made: every object of every schema of the application. */
    private void clean() {
        for (SchemaMigrations schema : schemas.reversed()) {
            schema.cleaning().clean();
        }
    }

    private void load(ZipFile zip, DumpManifest manifest, Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                load(connection, zip, manifest, file);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void load(Connection connection, ZipFile zip, DumpManifest manifest, Path file)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
        } catch (SQLException e) {
            throw new SQLException("the database user may not turn triggers off (session_replication_role = replica: "
                    + e.getMessage() + "); restore as a superuser, or as a user granted SET ON PARAMETER "
                    + "session_replication_role", e.getSQLState(), e);
        }
        Map<String, TableToDump> existing = DatabaseDump.tables(connection).stream()
                .collect(Collectors.toMap(TableToDump::qualifiedName, table -> table));
        for (Table table : manifest.tables()) {
            TableToDump target = existing.get(table.qualifiedName());
            if (target == null) {
                throw new IllegalStateException("table " + table.schema() + "." + table.name()
                        + " of the dump is not made by this application's migrations");
            }
            List<String> missing = new ArrayList<>(table.columns());
            missing.removeAll(target.columns());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("table " + table.schema() + "." + table.name() + " has no column "
                        + missing + " in this application");
            }
        }
        if (!manifest.tables().isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                // the rows the migrations seeded (reference tables) give way to the dumped ones
                statement.execute("truncate table " + manifest.tables().stream().map(Table::qualifiedName)
                        .collect(Collectors.joining(", ")));
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Table table : manifest.tables()) {
            String columns = table.columns().stream().map(DumpManifest.Sql::quote).collect(Collectors.joining(", "));
            long rows;
            try (InputStream in = zip.getInputStream(zip.getEntry(table.entry()))) {
                rows = copy.copyIn("copy " + table.qualifiedName() + " (" + columns + ") from stdin", in);
            } catch (SQLException e) {
                throw new SQLException("the rows of " + table.schema() + "." + table.name() + " could not be loaded: "
                        + e.getMessage(), e.getSQLState(), e);
            }
            if (rows != table.rows()) {
                throw new IllegalStateException("table " + table.schema() + "." + table.name() + ": " + rows
                        + " rows loaded, the dump's manifest says " + table.rows());
            }
        }
        for (Sequence sequence : manifest.sequences()) {
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                setval.setString(1, sequence.qualifiedName());
                setval.setLong(2, sequence.lastValue());
                setval.setBoolean(3, sequence.called());
                setval.execute();
            } catch (SQLException e) {
                throw new SQLException("sequence " + sequence.schema() + "." + sequence.name() + " could not be set: "
                        + e.getMessage(), e.getSQLState(), e);
            }
        }
        refreshMaterializedViews(connection);
        LOG.info("Rows of {} loaded", file);
    }

    /** Materialized views are not dumped: made by the migrations from the seeded rows, they are computed again. */
    private static void refreshMaterializedViews(Connection connection) throws SQLException {
        List<String> views = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select format('%I.%I', n.nspname, c.relname) from pg_class c "
                     + "join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'm' and "
                     + DatabaseDump.SYSTEM_SCHEMAS + " order by 1")) {
            while (rows.next()) {
                views.add(rows.getString(1));
            }
        }
        for (String view : views) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("refresh materialized view " + view);
            }
        }
    }
}
