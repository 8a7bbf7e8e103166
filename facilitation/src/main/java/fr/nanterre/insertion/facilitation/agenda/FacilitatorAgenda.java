package fr.nanterre.insertion.facilitation.agenda;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementList;
import fr.nanterre.insertion.partners.ListAudit;
import fr.nanterre.insertion.procurement.Compliance;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a facilitator has to look at today: clauses behind schedule, statements to check, placements ending. */
@Service
@PreAuthorize("hasRole('" + Roles.FACILITATOR + "')")
public class FacilitatorAgenda {

    /** A clause behind schedule: realised against what the elapsed share of the contract expected. */
    public record LateClause(FollowedClause clause, BigDecimal realisedHours, BigDecimal expectedHours) {
    }

    private final JdbcClient jdbc;
    private final CountingSettings settings;
    private final JdbcAggregateTemplate aggregates;
    private final Clock clock;
    private final ListAudit audit;
    private final PlacementList placements;

    FacilitatorAgenda(JdbcClient jdbc, CountingSettings settings, JdbcAggregateTemplate aggregates, Clock clock,
                      ListAudit audit, PlacementList placements) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.aggregates = aggregates;
        this.clock = clock;
        this.audit = audit;
        this.placements = placements;
    }

    /**
     * The running clauses whose counted hours are under target × elapsed share, the furthest behind first: every
     * running clause behind schedule, read whole (for a test or an export).
     */
    @Transactional(readOnly = true)
    public List<LateClause> clausesBehindSchedule() {
        return clausesBehindSchedule(Pageable.unpaged());
    }

    /**
     * One page of the running clauses behind schedule, the furthest behind (expected − realised hours) first.
     * Judged by the database, with {@link Compliance}'s rule: the kept totals ({@code clause_total_modality}) × the
     * modalities' coefficients are the realised hours, and a clause is behind when realised < target × elapsed share,
     * written realised × the contract's days < target × the days elapsed so that no share is rounded.
     */
    @Transactional(readOnly = true)
    public List<LateClause> clausesBehindSchedule(Pageable page) {
        String paging = page.isPaged() ? " limit :limit offset :offset" : "";
        var sql = jdbc.sql(BEHIND + """
                        select * from behind
                        order by expected - realised desc, contract_reference, lot_number, clause_id""" + paging);
        sql = parameters(sql);
        if (page.isPaged()) {
            sql = sql.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return sql.query((rs, row) -> new LateClause(new FollowedClause(rs.getObject("clause_id", UUID.class),
                        rs.getObject("contract_id", UUID.class), rs.getString("contract_reference"),
                        rs.getString("buyer"), rs.getInt("lot_number"), rs.getString("lot_title"),
                        rs.getString("awardee_siret"), rs.getInt("target_hours"),
                        rs.getObject("notified_on", LocalDate.class), rs.getInt("duration_months"), null),
                        rs.getBigDecimal("realised"), rs.getBigDecimal("expected")))
                .list();
    }

    /** How many running clauses are behind schedule (the size of {@link #clausesBehindSchedule(Pageable)}). */
    @Transactional(readOnly = true)
    public long countClausesBehindSchedule() {
        return parameters(jdbc.sql(BEHIND + "select count(*) from behind")).query(Long.class).single();
    }

    /** The running clauses with their realised and expected hours, kept only when behind. */
    private static final String BEHIND = """
            with judged as (
                select c.*, coalesce(sum(m.hours * k.coefficient), 0) as realised,
                    least(greatest(cast(:today as date) - c.notified_on, 0), d.days) as elapsed_days, d.days
                from facilitation.followed_clause c
                cross join lateral (select cast(c.notified_on + make_interval(months => c.duration_months) as date)
                    - c.notified_on as days) d
                left join facilitation.clause_total_modality m on m.clause_id = c.clause_id
                left join unnest(cast(:modalities as varchar[]), cast(:coefficients as numeric[]))
                    as k(modality, coefficient) on k.modality = m.modality
                where c.closed_on is null
                group by c.clause_id, d.days),
            behind as (
                select judged.*, round(target_hours * cast(elapsed_days as numeric) / days) as expected
                from judged
                where realised * days < cast(target_hours as numeric) * elapsed_days)
            """;

    private JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec sql) {
        return sql.param("today", LocalDate.now(clock))
                .param("modalities", Arrays.stream(Modality.values()).map(Modality::name).toArray(String[]::new))
                .param("coefficients", Arrays.stream(Modality.values()).map(settings::coefficient)
                        .toArray(BigDecimal[]::new));
    }

    /** Statements received but not checked yet, and checked but not validated yet, oldest first. */
    @Transactional(readOnly = true)
    public List<Statement> statementsWaiting() {
        return aggregates.findAll(Query.query(Criteria.where("state").in(StatementState.RECEIVED.name(),
                StatementState.CHECKED.name())).sort(Sort.by("receivedAt")), Statement.class);
    }

    /**
     * The placements ending this month, by end date, with their participants' references: written to the audit log
     * with their number. One statement with their criteria and shares ({@link PlacementList#endingIn}).
     */
    @Transactional
    public List<Placement> placementsEndingThisMonth() {
        YearMonth month = YearMonth.now(clock);
        List<Placement> ending = placements.endingIn(month);
        audit.listShown("accueil-facilitation", "placements ending in " + month, ending.size());
        return ending;
    }
}
