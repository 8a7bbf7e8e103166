package fr.nanterre.platform.events;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs and their lock: every {@code @Scheduled} job of the application also carries
 * {@code @SchedulerLock}, so that with several instances on one database each run happens on one of them only
 * (ShedLock's table {@code public.shedlock}, platform migration V2, the database's clock).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration"})
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
@EnableConfigurationProperties(EventRegistryProperties.class)
public class EventRegistryAutoConfiguration {

    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("public.shedlock").usingDbTime()
                .build());
    }

    @Bean
    @ConditionalOnBean({CompletedEventPublications.class, IncompleteEventPublications.class})
    EventRegistryHygiene eventRegistryHygiene(CompletedEventPublications completed,
                                              IncompleteEventPublications incomplete,
                                              EventRegistryProperties properties, DataSource dataSource,
                                              ObjectProvider<Clock> clock) {
        return new EventRegistryHygiene(completed, incomplete, properties, JdbcClient.create(dataSource),
                clock.getIfAvailable(Clock::systemDefaultZone));
    }
}
