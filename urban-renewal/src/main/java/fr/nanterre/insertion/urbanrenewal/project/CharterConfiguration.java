package fr.nanterre.insertion.urbanrenewal.project;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The charter's settings ({@code insertion.urban-renewal.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CharterSettings.class)
class CharterConfiguration {
}
