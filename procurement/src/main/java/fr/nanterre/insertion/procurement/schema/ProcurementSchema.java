package fr.nanterre.insertion.procurement.schema;

import fr.nanterre.platform.postgres.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's own PostgreSQL schema, {@code procurement}, with its migrations under {@code db/schema/procurement}. */
@Configuration(proxyBeanMethods = false)
class ProcurementSchema {

    @Bean
    ModuleSchema procurementModuleSchema() {
        return new ModuleSchema("procurement");
    }
}
