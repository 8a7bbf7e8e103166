package fr.nanterre.insertion.facilitation.company;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time links that set a company account's password. The e-mail carries a random token; the database keeps
 * only its SHA-256, so a copy of the database opens no account. A link works once, for
 * {@link PortalSettings#linkValidity()} (72 hours by default). Open to anyone: the person is not logged in yet.
 */
@Service
@PreAuthorize("permitAll()")
public class PasswordLinks {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 12;

    /** What a link is worth when it is opened, or what came of setting the password. */
    public enum Outcome { VALID, DONE, UNKNOWN, USED, EXPIRED, INACTIVE, TOO_SHORT, MISMATCH }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PortalSettings settings;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, Accounts accounts, PortalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    private record Link(UUID accountId, Instant expiresAt, @Nullable Instant usedAt) {
    }

    /** A new link for the account, in place of any it had not used yet; returns the token the e-mail carries. */
    @Transactional
    String issue(UUID accountId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        jdbc.sql("delete from facilitation.password_link where account_id = ? and used_at is null")
                .param(accountId).update();
        jdbc.sql("""
                        insert into facilitation.password_link (token_hash, account_id, created_at, expires_at)
                        values (?, ?, ?, ?)""")
                .params(hash(token), accountId, java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(now.plus(settings.linkValidity())))
                .update();
        return token;
    }

    /** Whether the link can still set a password: {@link Outcome#VALID}, or why not. */
    @Transactional(readOnly = true)
    public Outcome state(String token) {
        return find(token).map(this::judge).orElse(Outcome.UNKNOWN);
    }

    /** The e-mail address of the account the link sets the password of, to show on the page. */
    @Transactional(readOnly = true)
    public Optional<String> username(String token) {
        return find(token).filter(link -> judge(link) == Outcome.VALID)
                .flatMap(link -> accounts.findById(link.accountId())).map(CompanyAccount::username);
    }

    /**
     * Sets the password and uses the link up.
     *
     * @return {@link Outcome#DONE}, or why nothing changed
     */
    @Transactional
    public Outcome setPassword(String token, String password, String repeated) {
        Optional<Link> found = find(token);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        Outcome state = judge(found.get());
        if (state != Outcome.VALID) {
            return state;
        }
        if (password.length() < MIN_LENGTH || password.isBlank()) {
            return Outcome.TOO_SHORT;
        }
        if (!password.equals(repeated)) {
            return Outcome.MISMATCH;
        }
        // used once: the update only succeeds for the first of two concurrent uses
        int used = jdbc.sql("update facilitation.password_link set used_at = ? where token_hash = ? and used_at is null")
                .params(java.sql.Timestamp.from(clock.instant()), hash(token)).update();
        if (used == 0) {
            return Outcome.USED;
        }
        CompanyAccount account = accounts.findById(found.get().accountId()).orElseThrow();
        accounts.save(account.withPassword("{bcrypt}" + BCRYPT.encode(password)));
        return Outcome.DONE;
    }

    private Outcome judge(Link link) {
        if (link.usedAt() != null) {
            return Outcome.USED;
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            return Outcome.EXPIRED;
        }
        return accounts.findById(link.accountId()).map(CompanyAccount::active).orElse(false)
                ? Outcome.VALID : Outcome.INACTIVE;
    }

    private Optional<Link> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id, expires_at, used_at from facilitation.password_link where token_hash = ?")
                .param(hash(token))
                .query((rs, row) -> new Link(rs.getObject("account_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
