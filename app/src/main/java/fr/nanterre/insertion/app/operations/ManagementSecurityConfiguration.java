package fr.nanterre.insertion.app.operations;

import fr.nanterre.platform.security.Roles;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port (Spring Boot Actuator, {@code management.server.port}): health answers anyone (a load
 * balancer or a monitor probes it), without details; everything else (details of health, info, metrics, the
 * pending event publications) needs an ADMIN account, given with HTTP basic authentication, without a session.
 * Health is DOWN or OUT_OF_SERVICE (503) until the application is ready, demo data included.
 * This chain comes before the screens' one and only matches the endpoints.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                // 401 and 403 written here: an error dispatch to /error would meet the screens' chain, which sends
                // a browser to the login page
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"insertion\", charset=\"UTF-8\"");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) ->
                        response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
