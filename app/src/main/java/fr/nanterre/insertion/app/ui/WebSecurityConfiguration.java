package fr.nanterre.insertion.app.ui;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.nanterre.insertion.app.security.CityIdentityProvider;
import fr.nanterre.insertion.app.security.LoginThrottledException;
import fr.nanterre.insertion.app.security.SessionLifetimeFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login through {@link LoginView}; every view then checks its access annotation on the server before it
 * opens, and the navigation only lists the views the user may open. Every response carries the security headers
 * (CSP that Vaadin works with, no framing, no referrer across sites, no browser features), a session ends after
 * its absolute lifetime, and a throttled login is sent back to the login page with its own message.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

    /**
     * Vaadin's bootstrap and theme use inline scripts and styles; everything else comes from the application
     * itself. Downloads and uploads use blob: URLs; the push channel is a WebSocket to the same host.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Clock clock, AuthenticationManager passwords,
            ObjectProvider<ClientRegistrationRepository> identityProviders, CityIdentityProvider cityIdentityProvider,
            @Value("${insertion.security.session.absolute-timeout:10h}") Duration absoluteTimeout) throws Exception {
        SimpleUrlAuthenticationFailureHandler failures = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                if (exception instanceof LoginThrottledException) {
                    getRedirectStrategy().sendRedirect(request, response, "/login?throttled");
                } else {
                    super.onAuthenticationFailure(request, response, exception);
                }
            }
        };
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(options -> { }));
        http.addFilterBefore(new SessionLifetimeFilter(absoluteTimeout, clock), SecurityContextHolderFilter.class);
        http.authenticationManager(passwords);
        http.formLogin(form -> form.failureHandler(failures));
        if (identityProviders.getIfAvailable() != null) {
            // the City's identity provider beside the form: spring.security.oauth2.client.registration.city.*
            http.oauth2Login(oidc -> oidc.loginPage("/login").failureUrl("/login?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(cityIdentityProvider)));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
