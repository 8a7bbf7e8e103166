package fr.nanterre.platform.ui;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@AutoConfiguration
public class PlatformUiAutoConfiguration {

    @Bean
    ModuleMessagesI18NProvider i18nProvider() {
        return new ModuleMessagesI18NProvider();
    }

    /** Long work of the screens, on virtual threads; tests may declare a synchronous one. */
    @Bean
    @ConditionalOnMissingBean
    BackgroundWork backgroundWork(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        return BackgroundWork.onVirtualThreads(strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }
}
