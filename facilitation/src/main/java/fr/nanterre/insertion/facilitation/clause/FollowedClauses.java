package fr.nanterre.insertion.facilitation.clause;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.ledger.IndicatorRows;
import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.ContractClosed;
import fr.nanterre.platform.security.Roles;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clauses to follow: every lot with an execution clause of every awarded contract, whoever the buyer. */
@Service
public class FollowedClauses {

    private final JdbcClient jdbc;
    private final JdbcAggregateTemplate aggregates;
    private final Clauses clauses;
    private final IndicatorRows indicators;

    FollowedClauses(JdbcClient jdbc, JdbcAggregateTemplate aggregates, Clauses clauses, IndicatorRows indicators) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
        this.clauses = clauses;
        this.indicators = indicators;
    }

    /** Idempotent: the registry may deliver an event again after a failure. */
    @ApplicationModuleListener
    void on(ContractAwarded event) {
        lockContract(event.contractId());
        event.lots().stream().filter(lot -> lot.clauseId() != null).forEach(lot -> jdbc.sql("""
                        insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer,
                            lot_number, lot_title, awardee_siret, target_hours, notified_on, duration_months,
                            closed_on)
                        values (:clause, :contract, :reference, :buyer, :number, :title, :siret, :target, :notified,
                            :months, (select closed_on from facilitation.closed_contract where contract_id = :contract))
                        on conflict (clause_id) do update set target_hours = excluded.target_hours,
                            awardee_siret = excluded.awardee_siret, notified_on = excluded.notified_on""")
                .param("clause", lot.clauseId()).param("contract", event.contractId())
                .param("reference", event.reference()).param("buyer", event.buyer())
                .param("number", lot.number()).param("title", lot.title()).param("siret", lot.awardeeSiret())
                .param("target", lot.targetHours()).param("notified", event.notifiedOn())
                .param("months", event.durationMonths())
                .update());
        // hours already shared to a clause followed only now count under its buyer on the dashboards
        indicators.refreshClauses(event.lots().stream().filter(lot -> lot.clauseId() != null)
                .map(lot -> lot.clauseId()).toList());
    }

    /** Kept even when the award has not arrived yet: its clauses then start closed. */
    @ApplicationModuleListener
    void on(ContractClosed event) {
        lockContract(event.contractId());
        jdbc.sql("""
                        insert into facilitation.closed_contract (contract_id, closed_on) values (?, ?)
                        on conflict (contract_id) do update set closed_on = excluded.closed_on""")
                .params(event.contractId(), event.closedOn()).update();
        jdbc.sql("update facilitation.followed_clause set closed_on = ? where contract_id = ?")
                .params(event.closedOn(), event.contractId()).update();
    }

    /**
     * The award and the closure of one contract are delivered at once, each in its own thread and transaction:
     * without this lock each could miss the other's uncommitted row (the award reading no closure yet, the closure
     * updating no clause yet), and a closed contract's clauses would stay open. Taken until the transaction ends,
     * the second listener then reads what the first committed.
     */
    private void lockContract(java.util.UUID contractId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('facilitation.followed_clause'), hashtext(cast(? as text)))")
                .param(contractId.toString()).query((rs, row) -> row).list();
    }

    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<FollowedClause> all() {
        return clauses.findAll(Sort.by("contractReference", "lotNumber"));
    }

    /** The clauses whose contract is not closed. */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<FollowedClause> running() {
        return aggregates.findAll(Query.query(Criteria.where("closedOn").isNull()), FollowedClause.class);
    }

    /** Running clauses whose contract reference, buyer or lot title contains the text, for a choice list. */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<FollowedClause> running(String text, int offset, int limit) {
        String pattern = "%" + text.strip() + "%";
        return aggregates.findAll(Query.query(Criteria.where("closedOn").isNull()
                        .and(Criteria.where("contractReference").like(pattern).ignoreCase(true)
                                .or(Criteria.where("buyer").like(pattern).ignoreCase(true))
                                .or(Criteria.where("lotTitle").like(pattern).ignoreCase(true))))
                .sort(Sort.by("contractReference", "lotNumber")).offset(offset).limit(limit), FollowedClause.class);
    }

    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<FollowedClause> findAll(Collection<UUID> clauseIds) {
        return clauses.findAllById(clauseIds);
    }

    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Optional<FollowedClause> find(UUID clauseId) {
        return clauses.findById(clauseId);
    }
}
