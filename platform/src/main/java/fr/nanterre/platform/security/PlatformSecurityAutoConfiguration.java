package fr.nanterre.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@AutoConfiguration
public class PlatformSecurityAutoConfiguration {

    @Bean
    CurrentUser currentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        return new CurrentUser(strategy);
    }
}
