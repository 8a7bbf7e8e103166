package fr.nanterre.insertion.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import fr.nanterre.insertion.app.security.LoginThrottle.Outcome;
import fr.nanterre.insertion.app.security.LoginThrottle.Policy;
import org.junit.jupiter.api.Test;

/** The growing wait and the lockout, per user name and per address, on a clock the test moves. */
class LoginThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void move(Duration duration) {
            now = now.plus(duration);
        }
    }

    final MovableClock clock = new MovableClock();
    /** The defaults: 2 free failures, locked at the 5th for 15 minutes; an address at its 30th. */
    final LoginThrottle throttle = new LoginThrottle(new Policy(2, 5, Duration.ofMinutes(15)),
            new Policy(10, 30, Duration.ofMinutes(15)), clock);

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheWaitThenTheFifthLocksForFifteenMinutes() {
        assertThat(throttle.failed("m.dupont", "10.0.0.1")).isEqualTo(Outcome.COUNTED);
        assertThat(throttle.failed("m.dupont", "10.0.0.1")).isEqualTo(Outcome.COUNTED);
        assertThat(throttle.waitFor("m.dupont", "10.0.0.1")).isEmpty();

        assertThat(throttle.failed("m.dupont", "10.0.0.1")).isEqualTo(Outcome.DELAYED);
        assertThat(throttle.waitFor("m.dupont", "10.0.0.2")).as("the name waits, from any address")
                .hasValue(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("M.Dupont ", "10.0.0.1")).isEmpty();

        assertThat(throttle.failed("M.DUPONT", "10.0.0.1")).isEqualTo(Outcome.DELAYED);
        assertThat(throttle.waitFor("m.dupont", "10.0.0.1")).hasValue(Duration.ofSeconds(2));
        clock.move(Duration.ofSeconds(2));

        assertThat(throttle.failed("m.dupont", "10.0.0.1")).isEqualTo(Outcome.LOCKED);
        assertThat(throttle.waitFor("m.dupont", "10.0.0.3")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("someone.else", "10.0.0.1")).as("the address is not locked by 5 failures")
                .isEmpty();
        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("m.dupont", "10.0.0.1")).isEmpty();
    }

    @Test
    void thirtyFailuresFromOneAddressLockItWhateverTheNames() {
        for (int i = 1; i < 30; i++) {
            throttle.failed("name-" + i, "192.0.2.7");
            clock.move(Duration.ofSeconds(i < 29 ? 30 : 0));
        }
        assertThat(throttle.waitFor("name-new", "192.0.2.7")).as("29 failures: a wait of at most 30 s, no lock yet")
                .hasValue(Duration.ofSeconds(30));
        assertThat(throttle.failed("name-30", "192.0.2.7")).isEqualTo(Outcome.LOCKED);
        assertThat(throttle.waitFor("name-new", "192.0.2.7")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("name-new", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheNamesCountAndOldFailuresAreForgotten() {
        throttle.failed("m.dupont", "10.0.0.1");
        throttle.failed("m.dupont", "10.0.0.1");
        throttle.succeeded("m.dupont");
        assertThat(throttle.failed("m.dupont", "10.0.0.1")).as("counted from one again").isEqualTo(Outcome.COUNTED);

        throttle.failed("m.dupont", "10.0.0.1");
        clock.move(Duration.ofMinutes(16));
        assertThat(throttle.failed("m.dupont", "10.0.0.1")).as("16 minutes later, counted from one again")
                .isEqualTo(Outcome.COUNTED);
    }
}
