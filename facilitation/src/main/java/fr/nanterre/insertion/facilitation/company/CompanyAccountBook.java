package fr.nanterre.insertion.facilitation.company;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies' accounts, kept by the MEF's facilitators: opening one e-mails the person a link to set their
 * password; an account can be deactivated (it can no longer log in) and given a new link.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
public class CompanyAccountBook {

    /** An account as a facilitator left it, and whether the e-mail with the link left. */
    public record Opened(CompanyAccount account, boolean mailSent) {
    }

    /** The account's user name is taken already. */
    public static class DuplicateAccountException extends RuntimeException {
        DuplicateAccountException(String username) {
            super("An account is named " + username + " already");
        }
    }

    private static final List<String> SORTABLE = List.of("username", "name", "active", "createdAt");

    private final Accounts accounts;
    private final PasswordLinks links;
    private final CompanyMail mail;
    private final PortalSettings settings;
    private final CurrentUser user;
    private final Clock clock;
    private final JdbcClient jdbc;

    CompanyAccountBook(Accounts accounts, PasswordLinks links, CompanyMail mail, PortalSettings settings,
                       CurrentUser user, Clock clock, JdbcClient jdbc) {
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.settings = settings;
        this.user = user;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Opens an account and e-mails the person a link to set their password.
     *
     * @throws DuplicateAccountException when the e-mail address names an account already
     */
    @Transactional
    public Opened open(NewCompanyAccount details) {
        if (accounts.existsByUsername(details.email())) {
            throw new DuplicateAccountException(details.email());
        }
        CompanyAccount account = accounts.save(CompanyAccount.created(details, user.name(), clock.instant()));
        return new Opened(account, sendLink(account));
    }

    /** A new link for an account (the last one expired or was lost); the previous unused one stops working. */
    @Transactional
    public boolean sendLinkAgain(CompanyAccount read) {
        CompanyAccount account = accounts.findById(read.id()).orElseThrow();
        return sendLink(account);
    }

    /**
     * The account can no longer log in, nor use its link.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it was changed since it was read
     */
    @Transactional
    public CompanyAccount deactivate(CompanyAccount read) {
        return accounts.save(read.deactivated());
    }

    @Transactional
    public CompanyAccount reactivate(CompanyAccount read) {
        return accounts.save(read.reactivated());
    }

    /** Whether the e-mails can leave (an SMTP server is configured). */
    public boolean mailConfigured() {
        return mail.configured();
    }

    /** One page of the accounts whose e-mail, name or SIRET contain the text, by e-mail unless sorted otherwise. */
    @Transactional(readOnly = true)
    public List<CompanyAccount> search(@Nullable String text, Pageable page) {
        Sort sort = page.getSort().isSorted() ? page.getSort() : Sort.by("username");
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : sort) {
            if (SORTABLE.contains(o.getProperty())) {
                order.append(order.isEmpty() ? "" : ", ").append(column(o.getProperty()))
                        .append(o.isAscending() ? " asc" : " desc");
            }
        }
        String orderBy = order.isEmpty() ? "username" : order + ", username";
        List<UUID> ids = jdbc.sql("""
                        select a.id from facilitation.company_account a
                        where cast(:pattern as varchar) is null or a.username ilike :pattern or a.name ilike :pattern
                           or exists (select 1 from facilitation.company_account_siret s
                                      where s.company_account = a.id and s.siret like :pattern)
                        order by %s limit :limit offset :offset""".formatted(orderBy))
                .param("pattern", pattern(text))
                .param("limit", page.isPaged() ? page.getPageSize() : Integer.MAX_VALUE)
                .param("offset", page.isPaged() ? page.getOffset() : 0)
                .query(UUID.class).list();
        java.util.Map<UUID, CompanyAccount> found = new java.util.HashMap<>();
        accounts.findAllById(ids).forEach(account -> found.put(account.id(), account));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return jdbc.sql("""
                        select count(*) from facilitation.company_account a
                        where cast(:pattern as varchar) is null or a.username ilike :pattern or a.name ilike :pattern
                           or exists (select 1 from facilitation.company_account_siret s
                                      where s.company_account = a.id and s.siret like :pattern)""")
                .param("pattern", pattern(text)).query(Long.class).single();
    }

    private boolean sendLink(CompanyAccount account) {
        String token = links.issue(account.id());
        return mail.send(Set.of(account.username()), account.locale(), "password-link", account.name(),
                settings.passwordLink(token), settings.linkValidity().toHours());
    }

    private static String column(String property) {
        return switch (property) {
            case "createdAt" -> "a.created_at";
            default -> "a." + property;
        };
    }

    private static @Nullable String pattern(@Nullable String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
