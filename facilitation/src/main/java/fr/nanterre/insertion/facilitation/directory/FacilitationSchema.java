package fr.nanterre.insertion.facilitation.directory;

import fr.nanterre.platform.postgres.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FacilitationSchema {

    @Bean
    ModuleSchema facilitationModuleSchema() {
        return new ModuleSchema("facilitation");
    }
}
