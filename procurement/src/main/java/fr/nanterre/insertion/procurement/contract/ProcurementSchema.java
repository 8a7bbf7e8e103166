package fr.nanterre.insertion.procurement.contract;

import fr.nanterre.insertion.procurement.FullTimeEquivalents;
import fr.nanterre.platform.postgres.ModuleSchema;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's own PostgreSQL schema, {@code procurement}, with its migrations under {@code db/schema/procurement}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FullTimeEquivalents.class)
class ProcurementSchema {

    @Bean
    ModuleSchema procurementModuleSchema() {
        return new ModuleSchema("procurement");
    }
}
