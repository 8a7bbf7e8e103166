package fr.nanterre.insertion;

import java.time.Clock;

import fr.nanterre.platform.ui.BackgroundWork;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The Spring Boot configuration that a domain module's tests boot from, since the real {@code Application} lives
 * in {@code app}, downstream of every module. It switches on what the application switches on: method security
 * (roles are checked in the services) and asynchronous event listeners. The screens' long work runs on the
 * test's thread: a browserless test holds the UI's lock and checks an import's outcome right after the click.
 */
@SpringBootApplication
@EnableMethodSecurity
@EnableAsync
public class ModuleTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    BackgroundWork backgroundWork() {
        return BackgroundWork.synchronous();
    }
}
