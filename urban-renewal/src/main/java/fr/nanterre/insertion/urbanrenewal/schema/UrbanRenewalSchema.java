package fr.nanterre.insertion.urbanrenewal.schema;

import fr.nanterre.platform.postgres.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's own PostgreSQL schema, {@code urban_renewal}, with its migrations under {@code db/schema/urban_renewal}. */
@Configuration(proxyBeanMethods = false)
class UrbanRenewalSchema {

    @Bean
    ModuleSchema urbanrenewalModuleSchema() {
        return new ModuleSchema("urban_renewal");
    }
}
