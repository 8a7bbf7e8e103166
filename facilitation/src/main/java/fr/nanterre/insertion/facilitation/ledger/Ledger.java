package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.procurement.ClauseProgressed;
import fr.nanterre.insertion.procurement.Modality;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of hours: statements move from received to checked to validated, facilitators enter hours by hand,
 * and each change that makes hours count recomputes the progress of the clauses concerned and publishes it to
 * procurement ({@link ClauseProgressed}, with totals, so a redelivery never counts twice).
 */
@Service
@PreAuthorize("hasRole('FACILITATOR')")
public class Ledger {

    private final JdbcClient jdbc;
    private final JdbcAggregateTemplate aggregates;
    private final CountingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ledger(JdbcClient jdbc, JdbcAggregateTemplate aggregates, CountingSettings settings,
           ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Statement check(Statement statement) {
        return aggregates.update(statement.checked(user(), clock.instant()));
    }

    /** Validated: the statement's hours now count, and the progress of its clauses is published. */
    @Transactional
    public Statement validate(Statement statement) {
        Statement validated = aggregates.update(statement.validated(user(), clock.instant()));
        publishProgress(jdbc.sql("""
                        select distinct s.clause_id from facilitation.hours_entry h
                        join facilitation.placement_share s on s.placement_id = h.placement_id
                        where h.statement_id = ?""")
                .param(statement.id()).query(UUID.class).list());
        return validated;
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
        jdbc.sql("""
                        insert into facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by)
                        values (?, ?, ?, null, ?)
                        on conflict (placement_id, month) do update set hours = excluded.hours,
                            statement_id = null, entered_by = excluded.entered_by""")
                .params(placementId, month.atDay(1), hours, user()).update();
        publishProgress(jdbc.sql("select clause_id from facilitation.placement_share where placement_id = ?")
                .param(placementId).query(UUID.class).list());
    }

    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Statement> statements(Pageable page) {
        return aggregates.findAll(Query.empty().with(page).sort(Sort.by(Sort.Direction.DESC, "receivedAt")),
                Statement.class);
    }

    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countStatements() {
        return aggregates.count(Statement.class);
    }

    /** The counted hours of each clause: validated or hand-entered hours × the clause's share × the coefficient. */
    @Transactional(readOnly = true)
    public Map<UUID, ClauseProgressed> progressOf(List<UUID> clauseIds) {
        Map<UUID, Map<Modality, BigDecimal>> hours = new HashMap<>();
        Map<UUID, Integer> people = new HashMap<>();
        if (clauseIds.isEmpty()) {
            return Map.of();
        }
        // one pass over the ledger: hours per clause and modality, and people per clause (the second grouping set)
        jdbc.sql("""
                        select s.clause_id, p.modality, grouping(p.modality) as per_clause,
                               sum(h.hours * s.percent / 100) as hours, count(distinct p.participant_id) as people
                        from facilitation.placement_share s
                        join facilitation.placement p on p.id = s.placement_id
                        join facilitation.hours_entry h on h.placement_id = p.id
                        left join facilitation.statement st on st.id = h.statement_id
                        where s.clause_id = any (:ids) and (h.statement_id is null or st.state = 'VALIDATED')
                        group by grouping sets ((s.clause_id, p.modality), (s.clause_id))""")
                .param("ids", clauseIds.toArray(UUID[]::new))
                .query((rs, row) -> {
                    UUID clause = rs.getObject("clause_id", UUID.class);
                    if (rs.getInt("per_clause") == 1) {
                        people.put(clause, rs.getInt("people"));
                    } else {
                        Modality modality = Modality.valueOf(rs.getString("modality"));
                        hours.computeIfAbsent(clause, id -> new EnumMap<>(Modality.class))
                                .put(modality, rs.getBigDecimal("hours").multiply(settings.coefficient(modality)));
                    }
                    return clause;
                })
                .list();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, ClauseProgressed> progress = new HashMap<>();
        for (UUID clause : clauseIds) {
            Map<Modality, BigDecimal> byModality = hours.getOrDefault(clause, Map.of());
            BigDecimal total = byModality.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            progress.put(clause, new ClauseProgressed(clause, today, total, people.getOrDefault(clause, 0),
                    byModality));
        }
        return progress;
    }

    private void publishProgress(List<UUID> clauseIds) {
        progressOf(clauseIds).values().forEach(events::publishEvent);
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
