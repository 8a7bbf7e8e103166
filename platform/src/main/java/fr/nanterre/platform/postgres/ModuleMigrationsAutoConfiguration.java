package fr.nanterre.platform.postgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@EnableConfigurationProperties(RestoreProperties.class)
public class ModuleMigrationsAutoConfiguration {

    @Bean
    FlywayMigrationStrategy moduleMigrations(ObjectProvider<ModuleSchema> schemas, RestoreProperties restore) {
        return new ModuleMigrations(schemas, restore);
    }
}
