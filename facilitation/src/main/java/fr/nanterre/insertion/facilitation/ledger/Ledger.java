package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.company.CompanyScope;
import fr.nanterre.insertion.partners.ListAudit;
import fr.nanterre.insertion.procurement.ClausesProgressed;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.ClauseWork;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of hours: statements move from received to checked to validated, facilitators enter hours by hand,
 * and each change that makes hours count recomputes the progress of the clauses concerned and publishes it to
 * procurement ({@link ClausesProgressed}, with totals, so a redelivery never counts twice), and the same hours by
 * placement and year, with the participants' profiles, to urban renewal ({@link ClauseWorkCounted}). The
 * dashboards' read model ({@link IndicatorRows}) moves in the same transaction. A statement rejected or withdrawn was
 * never validated: its lines never counted, and leaving the ledger moves no figure.
 */
@Service
@PreAuthorize("hasRole('" + Roles.FACILITATOR + "')")
public class Ledger {

    private final JdbcClient jdbc;
    private final Statements statements;
    private final CountingSettings settings;
    private final ClauseCounts counts;
    private final CountedWork work;
    private final ApplicationEventPublisher events;
    private final CurrentUser user;
    private final Clock clock;
    private final CompanyScope company;
    private final IndicatorRows indicators;
    private final ListAudit audit;
    private final StatementList list;

    Ledger(JdbcClient jdbc, Statements statements, CountingSettings settings,
           ClauseCounts counts, CountedWork work, ApplicationEventPublisher events, CurrentUser user, Clock clock,
           CompanyScope company, IndicatorRows indicators, ListAudit audit, StatementList list) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.settings = settings;
        this.counts = counts;
        this.work = work;
        this.events = events;
        this.user = user;
        this.clock = clock;
        this.company = company;
        this.indicators = indicators;
        this.audit = audit;
        this.list = list;
    }

    @Transactional
    public Statement check(Statement statement) {
        return statements.save(statement.checked(user.name(), clock.instant()));
    }

    /** Validated: the statement's hours now count, and the progress and work of its clauses are published. */
    @Transactional
    public Statement validate(Statement statement) {
        lockProgress();
        Statement validated = statements.save(statement.validated(user.name(), clock.instant()));
        publishProgress(jdbc.sql("""
                        select distinct s.clause_id from facilitation.hours_entry h
                        join facilitation.placement_share s on s.placement_id = h.placement_id
                        where h.statement_id = ?""")
                .param(statement.id()).query(UUID.class).list());
        indicators.refreshPlacements(jdbc.sql("select distinct placement_id from facilitation.hours_entry where statement_id = ?")
                .param(statement.id()).query(UUID.class).list());
        return validated;
    }

    /**
     * A statement found wrong before its validation is rejected with the reason: its lines leave the ledger, so
     * the employer's corrected statement can be imported in its place.
     */
    @Transactional
    public Statement reject(Statement statement, String reason) {
        Statement rejected = statements.save(statement.rejected(user.name(), clock.instant(), reason));
        jdbc.sql("delete from facilitation.hours_entry where statement_id = ?").param(statement.id()).update();
        events.publishEvent(new StatementRejected(rejected.id(), rejected.employerSiret(), rejected.fileName(),
                rejected.rejectionReason()));
        return rejected;
    }

    /**
     * A company takes back a statement it sent, while no facilitator has checked it: the statement is rejected
     * with the reason that the company withdrew it, and its lines leave the ledger, so that the company can send
     * the month again. Once checked, a statement is locked for the company.
     *
     * @return the withdrawn statement, or empty when it is not the company's or is no longer only received
     */
    @PreAuthorize("hasRole('" + Roles.COMPANY + "')")
    @Transactional
    public java.util.Optional<Statement> withdraw(UUID statementId, String reason) {
        java.util.Set<String> sirets = company.sirets();
        return statements.findById(statementId)
                .filter(statement -> statement.employerSiret() != null && sirets.contains(statement.employerSiret()))
                .filter(statement -> statement.state() == StatementState.RECEIVED)
                .map(statement -> {
                    Statement withdrawn = statements.save(statement.rejected(user.name(), clock.instant(), reason));
                    jdbc.sql("delete from facilitation.hours_entry where statement_id = ?").param(statementId)
                            .update();
                    return withdrawn;
                });
    }

    /** Counts these clauses again and publishes their progress and work (a placement's shares or modality changed). */
    @Transactional
    public void recount(Collection<UUID> clauseIds) {
        lockProgress();
        publishProgress(List.copyOf(clauseIds));
    }

    /**
     * Hours a facilitator enters for a placement and a month; they count at once.
     *
     * @throws IllegalArgumentException when the hours are negative or implausible, or the month is outside the placement
     */
    @Transactional
    public void enter(UUID placementId, YearMonth month, BigDecimal hours) {
        if (hours.signum() < 0 || hours.compareTo(settings.maxMonthlyHours()) > 0) {
            throw new IllegalArgumentException("Hours in a month are between 0 and " + settings.maxMonthlyHours());
        }
        boolean covered = jdbc.sql("""
                        select count(*) from facilitation.placement where id = :id and start_date <= :last
                        and (end_date is null or end_date >= :first)""")
                .param("id", placementId).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(Long.class).single() > 0;
        if (!covered) {
            throw new IllegalArgumentException("The placement did not run in " + month);
        }
        lockProgress();
        jdbc.sql("""
                        insert into facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by)
                        values (?, ?, ?, null, ?)
                        on conflict (placement_id, month) do update set hours = excluded.hours,
                            statement_id = null, entered_by = excluded.entered_by""")
                .params(placementId, month.atDay(1), hours, user.name()).update();
        publishProgress(jdbc.sql("select clause_id from facilitation.placement_share where placement_id = ?")
                .param(placementId).query(UUID.class).list());
        indicators.refreshPlacements(List.of(placementId));
    }

    /** The hours recorded for a placement, month by month, with where they come from. */
    @Transactional(readOnly = true)
    public List<HoursEntry> entriesOf(UUID placementId) {
        return jdbc.sql("""
                        select h.month, h.hours, st.file_name, st.state, h.entered_by
                        from facilitation.hours_entry h
                        left join facilitation.statement st on st.id = h.statement_id
                        where h.placement_id = ? order by h.month""")
                .param(placementId)
                .query((rs, row) -> new HoursEntry(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getBigDecimal("hours"), rs.getString("file_name"), rs.getString("state") == null ? null
                        : StatementState.valueOf(rs.getString("state")), rs.getString("entered_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<YearMonth> lastMonthWithHours(UUID placementId) {
        return jdbc.sql("select max(month) from facilitation.hours_entry where placement_id = ?").param(placementId)
                .query(LocalDate.class).optional().map(YearMonth::from);
    }

    /**
     * One page of the statements the filter keeps, the newest first unless the page sorts otherwise: one plain
     * statement ({@link StatementList}).
     */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<Statement> statements(StatementFilter filter, Pageable page) {
        return list.page(filter, page);
    }

    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public long countStatements(StatementFilter filter) {
        return list.count(filter);
    }

    /**
     * One page of a statement's lines, by participant and month, for its check. They name participants by reference:
     * the first page is written to partners' audit log with the statement, the page's number and the lines it shows
     * (not counted for it: the grid counts when it needs to).
     */
    @Transactional
    public List<StatementLine> linesOf(UUID statementId, Pageable page) {
        var sql = jdbc.sql("""
                        select p.participant_reference, p.employer_name, h.month, h.hours
                        from facilitation.hours_entry h join facilitation.placement p on p.id = h.placement_id
                        where h.statement_id = :statement
                        order by p.participant_reference, h.month""" + (page.isPaged() ? " limit :limit offset :offset"
                        : "")).param("statement", statementId);
        if (page.isPaged()) {
            sql = sql.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        List<StatementLine> lines = sql
                .query((rs, row) -> new StatementLine(rs.getString("participant_reference"),
                        rs.getString("employer_name"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getBigDecimal("hours")))
                .list();
        if (page.isUnpaged() || page.getOffset() == 0) {
            audit.listShown("releves", "statement=" + statementId
                    + (page.isPaged() ? "; page=" + page.getPageNumber() : ""), lines.size());
        }
        return lines;
    }

    @Transactional(readOnly = true)
    public long countLinesOf(UUID statementId) {
        return jdbc.sql("select count(*) from facilitation.hours_entry where statement_id = ?").param(statementId)
                .query(Long.class).single();
    }

    /**
     * The counted hours of each clause, as the last change of the ledger left them: validated or hand-entered
     * hours × the clause's share × the modality's coefficient, and the people who worked them.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ClauseTotals> progressOf(Collection<UUID> clauseIds) {
        return clauseIds.isEmpty() ? Map.of() : counts.kept(clauseIds);
    }

    /**
     * Ledger changes that publish progress take turns: each one counts after the previous one committed, so that
     * the report counted last is the one that saw every validated hour (procurement keeps the latest).
     */
    private void lockProgress() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('facilitation.clause-progress'))").query().singleRow();
    }

    /**
     * Counts the clauses again from the ledger, in one pass: keeps their totals and publishes them to procurement,
     * and publishes their hours by placement and year to urban renewal, with the same instant, as one count.
     */
    private void publishProgress(List<UUID> clauseIds) {
        if (!clauseIds.isEmpty()) {
            List<CountedHours> counted = work.count(clauseIds);
            List<ClauseTotals> totals = List.copyOf(counts.recount(clauseIds, counted).values());
            List<ClauseWork> worked = work.byClause(clauseIds, counted);
            Instant countedAt = clock.instant();
            events.publishEvent(new ClausesProgressed(countedAt, totals));
            events.publishEvent(new ClauseWorkCounted(countedAt, worked));
        }
    }
}
