package fr.nanterre.platform.postgres;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Runs Spring Boot's Flyway (the shared tables in {@code public}, such as the event publication registry), then
 * one Flyway per module schema. Plugged in as Boot's migration strategy so that everything that touches the
 * database still waits for the migrations.
 */
class ModuleMigrations implements FlywayMigrationStrategy {

    private final ObjectProvider<ModuleSchema> schemas;

    ModuleMigrations(ObjectProvider<ModuleSchema> schemas) {
        this.schemas = schemas;
    }

    @Override
    public void migrate(Flyway shared) {
        shared.migrate();
        List<ModuleSchema> modules = schemas.orderedStream().toList();
        for (ModuleSchema schema : modules) {
            Flyway.configure()
                    .configuration(shared.getConfiguration())
                    .schemas(schema.name())
                    .defaultSchema(schema.name())
                    .locations(schema.migrationsLocation())
                    .load()
                    .migrate();
        }
    }
}
