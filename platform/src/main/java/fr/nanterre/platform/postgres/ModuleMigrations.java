package fr.nanterre.platform.postgres;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

import fr.nanterre.platform.postgres.DumpRestore.SchemaMigrations;

/**
 * Runs Spring Boot's Flyway (the shared tables in {@code public}, such as the event publication registry), then
 * one Flyway per module schema. Plugged in as Boot's migration strategy so that everything that touches the
 * database still waits for the migrations.
 *
 * <p>With {@code insertion.restore.from} set, the migrations restore that dump first ({@link DumpRestore}): the
 * restored rows are in the database before any other part of the application (demo data, scheduled jobs, event
 * listeners) can write.
 */
class ModuleMigrations implements FlywayMigrationStrategy {

    private final ObjectProvider<ModuleSchema> schemas;
    private final RestoreProperties restore;

    ModuleMigrations(ObjectProvider<ModuleSchema> schemas, RestoreProperties restore) {
        this.schemas = schemas;
        this.restore = restore;
    }

    @Override
    public void migrate(Flyway shared) {
        List<SchemaMigrations> all = new ArrayList<>();
        all.add(new SchemaMigrations(null, shared.getConfiguration()));
        for (ModuleSchema schema : schemas.orderedStream().toList()) {
            all.add(new SchemaMigrations(schema.name(), Flyway.configure()
                    .configuration(shared.getConfiguration())
                    .schemas(schema.name())
                    .defaultSchema(schema.name())
                    .locations(schema.migrationsLocation())
                    .load().getConfiguration()));
        }
        DataSource dataSource = shared.getConfiguration().getDataSource();
        if (restore.from() != null) {
            new DumpRestore(dataSource, all).restore(restore.from(), () -> migrateAll(all));
        } else {
            DumpRestore.refuseIfUnfinished(dataSource);
            migrateAll(all);
        }
    }

    private static void migrateAll(List<SchemaMigrations> schemas) {
        for (SchemaMigrations schema : schemas) {
            schema.flyway().migrate();
        }
    }
}
