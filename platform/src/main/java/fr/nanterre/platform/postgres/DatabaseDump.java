package fr.nanterre.platform.postgres;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import fr.nanterre.platform.postgres.DumpManifest.Migration;
import fr.nanterre.platform.postgres.DumpManifest.SchemaHistory;
import fr.nanterre.platform.postgres.DumpManifest.Sequence;
import fr.nanterre.platform.postgres.DumpManifest.Table;

/**
 * A logical dump of the application's database, made through JDBC as {@code pg_dump --data-only} would make it:
 * the rows of every application table ({@code COPY … TO STDOUT}), every sequence's value and every schema's Flyway
 * history, read in one {@code REPEATABLE READ, READ ONLY} transaction, so that the dump is one consistent snapshot
 * while the application keeps writing. The tables themselves are not in the dump: the application's migrations
 * make them at restore time ({@link DumpRestore}).
 *
 * <p>The file is a zip: {@code README.txt}, one entry {@code data/<schema>/<table>.copy} per table in
 * {@code COPY}'s text format, and {@code manifest.json} last (format and application versions, PostgreSQL version,
 * snapshot time, each table's columns and row count, sequences, Flyway histories); a file cut short has no
 * manifest and no zip directory, and is refused by a restore.
 *
 * <p>Application tables are those of every schema but PostgreSQL's own ({@code pg_catalog},
 * {@code information_schema}, {@code pg_toast}, temporary schemas) and {@link DumpRestore#MARKER_SCHEMA}:
 * the modules' schemas and {@code public}'s tables (event publication registry, ShedLock). Left out: the tables of
 * extensions, partitions (their rows are dumped through their parent), generated columns (computed again on
 * restore), and the Flyway history tables, whose rows are in the manifest instead.
 */
final class DatabaseDump {

    static final String HISTORY_TABLE = "flyway_schema_history";
    /** Schemas that are never the application's. */
    static final String SYSTEM_SCHEMAS = "n.nspname not in ('pg_catalog', 'information_schema', '"
            + DumpRestore.MARKER_SCHEMA + "') and n.nspname not like 'pg\\_%'";
    private static final String NOT_AN_EXTENSION_MEMBER = "not exists (select 1 from pg_depend d "
            + "where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')";
    private static final String README = """
            A logical dump of the Insertion application's database (decision 0032).

            Restore it into an empty database by starting the application once with
                --insertion.restore.from=<this file>
            (README, "Backups of the embedded database"): the application's migrations make the tables, then every
            table's rows are loaded in one transaction.

            data/<schema>/<table>.copy  the rows, in PostgreSQL's COPY text format (tab-separated, \\N for null);
                                        the columns are listed in manifest.json
            manifest.json               versions, snapshot time, tables, row counts, sequences, Flyway histories
            """;

    private final DataSource dataSource;
    private final @Nullable String applicationVersion;

    DatabaseDump(DataSource dataSource, @Nullable String applicationVersion) {
        this.dataSource = dataSource;
        this.applicationVersion = applicationVersion;
    }

    /** Writes the dump into {@code file} (made or overwritten) and returns its manifest. */
    DumpManifest write(Path file) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            boolean readOnly = connection.isReadOnly();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                 ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                DumpManifest manifest = write(connection, zip);
                connection.commit();
                return manifest;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.setAutoCommit(autoCommit);
                connection.setTransactionIsolation(isolation);
                connection.setReadOnly(readOnly);
            }
        }
    }

    private DumpManifest write(Connection connection, ZipOutputStream zip) throws IOException, SQLException {
        String postgresql;
        int serverVersion;
        String database;
        String takenAt;
        try (Statement statement = connection.createStatement();
             ResultSet server = statement.executeQuery("select version(), current_setting('server_version_num')::int, "
                     + "current_database(), now()")) {
            // the transaction's snapshot is taken by this first statement: everything below reads it
            server.next();
            postgresql = server.getString(1);
            serverVersion = server.getInt(2);
            database = server.getString(3);
            takenAt = server.getObject(4, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toString();
        }
        List<TableToDump> tables = tables(connection);
        if (!tables.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                // as pg_dump does: no table is altered or dropped under the dump
                statement.execute("lock table " + tables.stream().map(TableToDump::qualifiedName)
                        .collect(Collectors.joining(", ")) + " in access share mode");
            }
        }
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(README.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();

        List<SchemaHistory> histories = new ArrayList<>();
        List<Table> dumped = new ArrayList<>();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (TableToDump table : tables) {
            if (table.name().equals(HISTORY_TABLE)) {
                histories.add(new SchemaHistory(table.schema(), history(connection, table)));
                continue;
            }
            String entry = "data/" + table.schema() + "/" + table.name() + ".copy";
            zip.putNextEntry(new ZipEntry(entry));
            String columns = table.columns().stream().map(DumpManifest.Sql::quote).collect(Collectors.joining(", "));
            String source = table.partitioned() ? table.qualifiedName() : "only " + table.qualifiedName();
            long rows = copy.copyOut("copy (select " + columns + " from " + source + ") to stdout", zip);
            zip.closeEntry();
            dumped.add(new Table(table.schema(), table.name(), entry, table.columns(), rows));
        }
        // read last: a sequence is not transactional, so its value now is at least any value the rows above use
        List<Sequence> sequences = sequences(connection);

        DumpManifest manifest = new DumpManifest(DumpManifest.FORMAT, DumpManifest.FORMAT_VERSION,
                applicationVersion, postgresql, serverVersion, database, takenAt, histories, dumped, sequences);
        zip.putNextEntry(new ZipEntry(DumpManifest.ENTRY));
        manifest.write(zip);
        zip.closeEntry();
        return manifest;
    }

    /** Every application table, with the columns a restore gives values to, by schema and name. */
    static List<TableToDump> tables(Connection connection) throws SQLException {
        List<TableToDump> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select n.nspname, c.relname, c.relkind = 'p',
                            array(select a.attname from pg_attribute a
                                  where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                                    and a.attgenerated = ''
                                  order by a.attnum)::text[]
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where c.relkind in ('r', 'p') and not c.relispartition and c.relpersistence <> 't'
                       and %s and %s
                     order by n.nspname, c.relname""".formatted(SYSTEM_SCHEMAS, NOT_AN_EXTENSION_MEMBER))) {
            while (rows.next()) {
                tables.add(new TableToDump(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                        List.of((String[]) rows.getArray(4).getArray())));
            }
        }
        return tables;
    }

    private static List<Migration> history(Connection connection, TableToDump table) throws SQLException {
        List<Migration> migrations = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select installed_rank, version, description, type, script, "
                     + "checksum, success from " + table.qualifiedName() + " order by installed_rank")) {
            while (rows.next()) {
                migrations.add(new Migration(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getObject(6, Integer.class), rows.getBoolean(7)));
            }
        }
        return migrations;
    }

    private static List<Sequence> sequences(Connection connection) throws SQLException {
        List<String[]> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where c.relkind = 'S' and c.relpersistence <> 't' and %s and %s
                     order by n.nspname, c.relname""".formatted(SYSTEM_SCHEMAS, NOT_AN_EXTENSION_MEMBER))) {
            while (rows.next()) {
                names.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (String[] name : names) {
            String qualified = DumpManifest.Sql.quote(name[0]) + "." + DumpManifest.Sql.quote(name[1]);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select last_value, is_called from " + qualified);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                sequences.add(new Sequence(name[0], name[1], row.getLong(1), row.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** A table found in the catalog. */
    record TableToDump(String schema, String name, boolean partitioned, List<String> columns) {

        String qualifiedName() {
            return DumpManifest.Sql.quote(schema) + "." + DumpManifest.Sql.quote(name);
        }
    }
}
