package fr.nanterre.insertion.facilitation.agenda;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.Compliance;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.platform.security.Roles;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.data.domain.Sort;
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

    private final FollowedClauses clauses;
    private final Ledger ledger;
    private final JdbcAggregateTemplate aggregates;
    private final Clock clock;

    FacilitatorAgenda(FollowedClauses clauses, Ledger ledger, JdbcAggregateTemplate aggregates, Clock clock) {
        this.clauses = clauses;
        this.ledger = ledger;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /** The running clauses whose counted hours are under target × elapsed share, the furthest behind first. */
    @Transactional(readOnly = true)
    public List<LateClause> clausesBehindSchedule() {
        LocalDate today = LocalDate.now(clock);
        List<FollowedClause> running = clauses.running();
        Map<UUID, ClauseTotals> progress = ledger.progressOf(running.stream().map(FollowedClause::clauseId).toList());
        return running.stream().map(clause -> {
            BigDecimal realised = progress.get(clause.clauseId()).realisedHours();
            Compliance compliance = new Compliance(clause.targetHours(), realised, clause.notifiedOn(),
                    clause.durationMonths(), null);
            if (compliance.statusOn(today) != ComplianceStatus.BEHIND) {
                return null;
            }
            BigDecimal expected = BigDecimal.valueOf(clause.targetHours()).multiply(compliance.elapsedShare(today))
                    .setScale(0, java.math.RoundingMode.HALF_UP);
            return new LateClause(clause, realised, expected);
        }).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing((LateClause late) -> late.expectedHours().subtract(late.realisedHours()))
                        .reversed())
                .toList();
    }

    /** Statements received but not checked yet, and checked but not validated yet, oldest first. */
    @Transactional(readOnly = true)
    public List<Statement> statementsWaiting() {
        return aggregates.findAll(Query.query(Criteria.where("state").in(StatementState.RECEIVED.name(),
                StatementState.CHECKED.name())).sort(Sort.by("receivedAt")), Statement.class);
    }

    @Transactional(readOnly = true)
    public List<Placement> placementsEndingThisMonth() {
        YearMonth month = YearMonth.now(clock);
        return aggregates.findAll(Query.query(Criteria.where("endDate").between(month.atDay(1), month.atEndOfMonth()))
                .sort(Sort.by("endDate")), Placement.class);
    }
}
