package fr.nanterre.insertion.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then stops password guessing, per user name and per client address. After a few free failures,
 * each further failure makes the next attempt wait twice as long (1 s, 2 s, 4 s… up to 30 s); after too many, the name or the
 * address is locked for a while. Names that do not exist are counted the same way, so that the answer never tells
 * whether an account exists. A success clears its user name's count (not its address's). Kept in memory: each
 * instance counts on its own (README, "Logging in").
 */
public final class LoginThrottle {

    /**
     * @param freeFailures failures with no wait
     * @param lockAfter    failures that lock
     * @param lockout      how long a lock lasts, and how long a failure is remembered
     */
    public record Policy(int freeFailures, int lockAfter, Duration lockout) {

        public Policy {
            if (freeFailures < 0 || lockAfter <= freeFailures || lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("0 ≤ free failures < failures that lock, and a positive lockout");
            }
        }
    }

    /** The answer to a failure: nothing more, a wait before the next attempt, or a lock that starts now. */
    public enum Outcome { COUNTED, DELAYED, LOCKED }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    /** The wait stops doubling here; the lock takes over. */
    private static final long LONGEST_WAIT_SECONDS = 30;
    /** Beyond this many remembered names or addresses, the forgotten ones are dropped first. */
    private static final int MAX_REMEMBERED = 100_000;

    private final Policy perUser;
    private final Policy perAddress;
    private final Clock clock;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Policy perUser, Policy perAddress, Clock clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** How long the user name or the address must still wait, if it must. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longest(remaining(users.get(key(username)), now), remaining(addresses.get(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a wrong password (or an unknown name) for both; says whether a lock started. */
    public Outcome failed(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        Outcome user = count(users, key(username), perUser, now);
        Outcome client = count(addresses, address, perAddress, now);
        if (user == Outcome.LOCKED || client == Outcome.LOCKED) {
            return Outcome.LOCKED;
        }
        return user == Outcome.DELAYED || client == Outcome.DELAYED ? Outcome.DELAYED : Outcome.COUNTED;
    }

    public void succeeded(String username) {
        users.remove(key(username));
    }

    private static Outcome count(Map<String, Failures> all, String key, Policy policy, Instant now) {
        Failures before = all.get(key);
        int count = before == null || before.last().plus(policy.lockout()).isBefore(now) ? 1 : before.count() + 1;
        Outcome outcome;
        Instant blockedUntil;
        if (count >= policy.lockAfter()) {
            outcome = count == policy.lockAfter() ? Outcome.LOCKED : Outcome.DELAYED;
            blockedUntil = now.plus(policy.lockout());
        } else if (count > policy.freeFailures()) {
            outcome = Outcome.DELAYED;
            blockedUntil = now.plusSeconds(Math.min(LONGEST_WAIT_SECONDS, 1L << Math.min(30, count - policy.freeFailures() - 1)));
        } else {
            outcome = Outcome.COUNTED;
            blockedUntil = now;
        }
        all.put(key, new Failures(count, now, blockedUntil));
        return outcome;
    }

    private static Duration remaining(Failures failures, Instant now) {
        return failures == null || !failures.blockedUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, failures.blockedUntil());
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void forgetOld(Instant now) {
        if (users.size() + addresses.size() > MAX_REMEMBERED) {
            users.values().removeIf(f -> f.last().plus(perUser.lockout()).isBefore(now));
            addresses.values().removeIf(f -> f.last().plus(perAddress.lockout()).isBefore(now));
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
