package fr.nanterre.insertion.facilitation.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.nanterre.insertion.facilitation.company.CompanyMail;
import fr.nanterre.insertion.facilitation.company.CompanyRecipients;
import fr.nanterre.insertion.facilitation.company.PortalSettings;
import fr.nanterre.insertion.facilitation.ledger.StatementRejected;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.security.WithoutRoleCheck;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employers whose statement for last month is missing: from the {@link PortalSettings#reminderDay()}th of the
 * month on, they are listed on the facilitator's home, and each one's portal accounts are e-mailed a reminder,
 * once per month and SIRET (kept in {@code statement_reminder}, so once even after a restart). A statement is
 * missing when the employer had a placement running last month and no hours are recorded for last month on any
 * of its placements (a rejected statement's hours left the ledger: it is missing again). A rejected statement's
 * employer is e-mailed the reason.
 */
@Service
public class StatementReminders {

    /** An employer whose statement for the month is missing. */
    public record MissingStatement(String employerSiret, String employerName, int placements) {
    }

    private final JdbcClient jdbc;
    private final CompanyMail mail;
    private final CompanyRecipients recipients;
    private final PortalSettings settings;
    private final Clock clock;

    StatementReminders(JdbcClient jdbc, CompanyMail mail, CompanyRecipients recipients, PortalSettings settings,
                       Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.recipients = recipients;
        this.settings = settings;
        this.clock = clock;
    }

    /** The month the reminders are about today: last month, from the reminder day on; none before it. */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    public java.util.Optional<YearMonth> dueMonth() {
        return due();
    }

    /** The employers whose statement for last month is missing, from the reminder day on, by name. */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<MissingStatement> missingNow() {
        return due().map(this::missing).orElse(List.of());
    }

    /** Whether the reminders can leave (an SMTP server is configured). */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    public boolean mailConfigured() {
        return mail.configured();
    }

    /**
     * Every morning at 8 (a setting): the reminders of the day, if any are due; on one instance only when several
     * share the database (ShedLock, decision 0027), the table's key keeping each reminder once anyway.
     */
    @Scheduled(cron = "${insertion.portal.reminder-cron:0 0 8 * * *}")
    @SchedulerLock(name = "portal-reminders", lockAtLeastFor = "${insertion.scheduling.lock-at-least-for:PT30S}")
    @Transactional
    void everyMorning() {
        sendDue();
    }

    /**
     * Sends the reminders due today, each once per month and SIRET; nothing when no SMTP server is configured (they
     * go once one is). Runs with no user logged in.
     *
     * @return how many employers were reminded
     */
    @Transactional
    @WithoutRoleCheck("called by the morning's scheduled job, with no user; it reads and shows nobody's data")
    public int sendDue() {
        if (!mail.configured()) {
            return 0;
        }
        YearMonth month = due().orElse(null);
        if (month == null) {
            return 0;
        }
        String shown = month.atDay(1).format(DateTimeFormatter.ofPattern("MM/uuuu"));
        List<MissingStatement> missing = missing(month);
        Map<String, Map<Locale, List<String>>> addressed = recipients.of(missing.stream()
                .map(MissingStatement::employerSiret).toList());
        List<MissingStatement> reachable = missing.stream()
                .filter(m -> addressed.containsKey(m.employerSiret())).toList();
        if (reachable.isEmpty()) {
            return 0;
        }
        // the primary key decides: an employer reminded already (here or on another instance) is skipped
        Set<String> claimed = Set.copyOf(jdbc.sql("""
                        insert into facilitation.statement_reminder (employer_siret, month, sent_at, recipients)
                        select siret, :month, :at, count from unnest(cast(:sirets as char(14)[]), cast(:counts as int[]))
                            as reminded(siret, count)
                        on conflict do nothing returning employer_siret""")
                .param("month", month.atDay(1)).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("sirets", reachable.stream().map(MissingStatement::employerSiret).toArray(String[]::new))
                .param("counts", reachable.stream().map(m -> addressed.get(m.employerSiret()).values().stream()
                        .mapToInt(List::size).sum()).toArray(Integer[]::new))
                .query(String.class).list());
        List<CompanyMail.Mail> mails = new ArrayList<>();
        for (MissingStatement employer : reachable) {
            if (claimed.contains(employer.employerSiret())) {
                addressed.get(employer.employerSiret()).forEach((language, to) -> mails.add(new CompanyMail.Mail(to,
                        language, "reminder", List.of(employer.employerName(), shown, employer.employerSiret(),
                        settings.baseUrl() + "/portail/heures"))));
            }
        }
        mail.sendAll(mails);
        return claimed.size();
    }

    /** The employer of a rejected statement is told why, in each account's language. */
    @ApplicationModuleListener
    void on(StatementRejected rejected) {
        if (rejected.employerSiret() == null) {
            return;
        }
        recipients.of(rejected.employerSiret()).forEach((Locale language, List<String> to) -> mail.send(to, language,
                "rejected", rejected.fileName(), rejected.reason(), settings.baseUrl() + "/portail/releves"));
    }

    private java.util.Optional<YearMonth> due() {
        LocalDate today = LocalDate.now(clock);
        return today.getDayOfMonth() >= settings.reminderDay()
                ? java.util.Optional.of(YearMonth.from(today).minusMonths(1)) : java.util.Optional.empty();
    }

    List<MissingStatement> missing(YearMonth month) {
        return jdbc.sql("""
                        select p.employer_siret, min(p.employer_name) as name, count(*) as placements
                        from facilitation.placement p
                        where p.start_date <= :last and (p.end_date is null or p.end_date >= :first)
                        group by p.employer_siret
                        having not exists (
                            select 1 from facilitation.placement q
                            join facilitation.hours_entry h on h.placement_id = q.id and h.month = :first
                            where q.employer_siret = p.employer_siret)
                        order by min(p.employer_name), p.employer_siret""")
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query((rs, n) -> new MissingStatement(rs.getString("employer_siret"), rs.getString("name"),
                        rs.getInt("placements")))
                .list();
    }
}
