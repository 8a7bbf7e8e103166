package fr.nanterre.insertion.app.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The demo profile declares accounts whose password is "demo": it refuses to start on an external database, where
 * real people's data may live. Checked before any bean is made, so before the database is even reached. The one
 * exception is asked for by name, {@code insertion.demo.on-a-throwaway-server=true}: several instances sharing one
 * throwaway server, as the two-instance test runs them (decision 0027); never set it anywhere else.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoOnlyOnTheEmbeddedDatabase {

    @Bean
    static BeanFactoryPostProcessor demoRefusesAnExternalDatabase(Environment environment) {
        return beanFactory -> {
            String url = environment.getProperty("spring.datasource.url");
            boolean throwaway = environment.getProperty("insertion.demo.on-a-throwaway-server", Boolean.class, false);
            if (url != null && !url.isBlank() && !throwaway) {
                throw new IllegalStateException("The demo profile (accounts with the password 'demo') runs only on "
                        + "the embedded database; spring.datasource.url is set. Start without the demo profile.");
            }
        };
    }
}
