package fr.nanterre.insertion.app.security;

import fr.nanterre.insertion.partners.SecurityAudit;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form login through the {@link LoginThrottle}: a throttled name or address is refused without checking the
 * password; every success, failure and lockout goes to the audit log with the client address.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecurityAudit audit;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, SecurityAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        String detail = "address=" + address;
        if (throttle.waitFor(username, address).isPresent()) {
            audit.record(username, SecurityAudit.Event.LOGIN_FAILED, detail + " throttled");
            throw new LoginThrottledException();
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(username);
            audit.record(username, SecurityAudit.Event.LOGIN_SUCCEEDED, detail);
            return authenticated;
        } catch (AuthenticationException refused) {
            LoginThrottle.Outcome outcome = throttle.failed(username, address);
            audit.record(username, SecurityAudit.Event.LOGIN_FAILED, detail);
            if (outcome == LoginThrottle.Outcome.LOCKED) {
                audit.record(username, SecurityAudit.Event.LOCKED_OUT, detail);
                throw new LoginThrottledException();
            }
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
