package fr.nanterre.insertion.partners.structure;

import fr.nanterre.platform.postgres.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PartnersSchema {

    @Bean
    ModuleSchema partnersModuleSchema() {
        return new ModuleSchema("partners");
    }
}
