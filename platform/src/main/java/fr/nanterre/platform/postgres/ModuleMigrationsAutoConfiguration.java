package fr.nanterre.platform.postgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class ModuleMigrationsAutoConfiguration {

    @Bean
    FlywayMigrationStrategy moduleMigrations(ObjectProvider<ModuleSchema> schemas) {
        return new ModuleMigrations(schemas);
    }
}
