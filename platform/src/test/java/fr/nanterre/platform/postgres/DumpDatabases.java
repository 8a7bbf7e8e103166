package fr.nanterre.platform.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The databases of the dump tests: embedded servers on data directories of their own, migrated as the application
 * migrates them ({@link ModuleMigrations}: platform's shared migrations, then the test modules {@code dump_ledger}
 * and {@code dump_register} of the test resources).
 */
final class DumpDatabases implements AutoCloseable {

    static final List<String> MODULES = List.of("dump_ledger", "dump_register");

    private final List<EmbeddedPostgresProperties> started = new ArrayList<>();

    /** A server on a fresh data directory (or the one already there). */
    DataSource start(Path dataDirectory) {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(dataDirectory, false, 0);
        started.add(properties);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(EmbeddedPostgresServer.jdbcUrl(properties));
        return dataSource;
    }

    /** What the application's start-up does: the migrations, or the restore of a dump then the migrations. */
    static void migrate(DataSource dataSource, @Nullable Path restoreFrom) {
        Map<String, Object> beans = new LinkedHashMap<>();
        for (String module : MODULES) {
            beans.put(module, new ModuleSchema(module));
        }
        new ModuleMigrations(new StaticListableBeanFactory(beans).getBeanProvider(ModuleSchema.class),
                new RestoreProperties(restoreFrom)).migrate(shared(dataSource));
    }

    /** Spring Boot's Flyway as the application configures it (the shared tables of {@code public}). */
    static Flyway shared(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).load();
    }

    static List<String> values(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column > 1 ? " | " : "").append(rows.getString(column));
                }
                values.add(row.toString());
            }
            return values;
        }
    }

    static String value(DataSource dataSource, String sql) throws SQLException {
        List<String> values = values(dataSource, sql);
        if (values.size() != 1) {
            throw new IllegalStateException(sql + " gave " + values);
        }
        return values.getFirst();
    }

    static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The application's tables and sequences, as a restore sees them: none in an empty database. */
    static List<String> applicationRelations(DataSource dataSource) throws SQLException {
        return values(dataSource, "select n.nspname || '.' || c.relname from pg_class c "
                + "join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p', 'v', 'm', 'S') "
                + "and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%' "
                + "order by 1");
    }

    @Override
    public void close() {
        started.forEach(EmbeddedPostgresServer::stop);
    }
}
