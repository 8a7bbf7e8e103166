package fr.nanterre.insertion.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session ends after its absolute lifetime, however active it was. */
class SessionLifetimeFilterTest {

    @Test
    void aSessionOlderThanTenHoursIsEndedAndAYoungerOneKept() throws Exception {
        LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
        SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(10), clock);
        MockHttpSession session = new MockHttpSession();
        clock.now = java.time.Instant.ofEpochMilli(session.getCreationTime());

        clock.move(Duration.ofHours(9).plusMinutes(59));
        MockHttpServletRequest young = new MockHttpServletRequest();
        young.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(young, new MockHttpServletResponse(), chain);
        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();

        clock.move(Duration.ofMinutes(2));
        MockHttpServletRequest old = new MockHttpServletRequest();
        old.setSession(session);
        MockFilterChain next = new MockFilterChain();
        filter.doFilter(old, new MockHttpServletResponse(), next);
        assertThat(session.isInvalid()).as("10 h 01 min after it began").isTrue();
        assertThat(next.getRequest()).as("the request goes on with no session: answered as anyone not logged in")
                .isNotNull();
    }
}
