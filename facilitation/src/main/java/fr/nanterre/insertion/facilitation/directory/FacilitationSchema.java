package fr.nanterre.insertion.facilitation.directory;

import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.platform.postgres.ModuleSchema;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CountingSettings.class)
class FacilitationSchema {

    @Bean
    ModuleSchema facilitationModuleSchema() {
        return new ModuleSchema("facilitation");
    }
}
