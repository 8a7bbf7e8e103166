package fr.nanterre.platform.ui;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class PlatformUiAutoConfiguration {

    @Bean
    ModuleMessagesI18NProvider i18nProvider() {
        return new ModuleMessagesI18NProvider();
    }
}
