package fr.nanterre.insertion.facilitation.company;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The portal's settings, and the scheduled reminders. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalSettings.class)
@EnableScheduling
class CompanyConfiguration {
}
