package fr.nanterre.insertion.partners.participant;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The settings of the participants' rules, and the scheduler that runs the {@link RetentionJob}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({EligibilityRule.class, RetentionPolicy.class})
class ParticipantsConfiguration {
}
