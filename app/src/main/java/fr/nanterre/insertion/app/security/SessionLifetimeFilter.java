package fr.nanterre.insertion.app.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime ({@code insertion.security.session.absolute-timeout}, 10 h by default): however
 * busy, a session older than that ends: the request goes on with no session, so it is answered as any request of
 * someone not logged in (the login page, or Vaadin's "session expired"). Runs before Spring Security reads the
 * session. The idle timeout is
 * {@code server.servlet.session.timeout}, which Vaadin's heartbeat no longer resets ({@code closeIdleSessions}).
 */
public class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;
    private final Clock clock;

    public SessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
