package fr.nanterre.insertion.procurement.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.ProcurementFigures;
import fr.nanterre.insertion.procurement.ProcurementFigures.BuyerHours;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.platform.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the running totals the database keeps (migration V5, decision 0030): {@code procurement.lot_figures} has one
 * row per lot, written in the transaction that changes a lot, its contract or its clause's progress, with the first
 * day its clause is behind as {@link fr.nanterre.insertion.procurement.Compliance} judges it; {@code figures_day},
 * {@code figures_buyer_day} and {@code figures_company} sum those rows up to each day. A period's figures are then
 * differences of totals: the clauses running in the period are those notified by its end less those closed before
 * its start, a status on a day is a count of the clauses whose dates put them in it. The totals are counted again by
 * the first call after a change (figures_dirty), in the caller's transaction (so a transaction sees its own changes).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.VIEWER + "', '" + Roles.PROCUREMENT + "')")
class ProcurementIndicatorsService implements ProcurementIndicators {

    private final JdbcClient jdbc;
    private final Clock clock;
    /** The count of the totals after a change when the caller's transaction is read-only. */
    private final TransactionTemplate recount;

    ProcurementIndicatorsService(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recount = new TransactionTemplate(transactions);
        this.recount.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Fresh: the figures count every change committed before the call, and the caller's transaction's own. The first
     * call after a change counts the running totals again (about a second at the national scale, decision 0030); the
     * next ones read them.
     */
    @Override
    @Transactional
    public ProcurementFigures between(LocalDate from, LocalDate to) {
        if (jdbc.sql("select exists (select 1 from procurement.figures_dirty)").query(Boolean.class).single()) {
            // in the caller's transaction, which sees its own changes; in one of its own under a read-only one
            if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                recount.executeWithoutResult(status -> recount());
            } else {
                recount();
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = to.isBefore(today) ? to : today;
        if (day.isBefore(from)) {
            // a period that has not begun: its clauses are judged before it starts, which the totals do not say
            return clauseByClause(from, to, day);
        }
        Map<String, Totals> totals = new LinkedHashMap<>();
        jdbc.sql("""
                        select cut.name, t.*
                        from (values ('to', cast(:to as date)), ('before', cast(:before as date)),
                                     ('day', cast(:day as date)), ('dayBefore', cast(:dayBefore as date))) cut (name, day)
                        left join lateral (select * from procurement.figures_day f where f.day <= cut.day
                                           order by f.day desc limit 1) t on true""")
                .param("to", to).param("before", from.minusDays(1)).param("day", day)
                .param("dayBefore", day.minusDays(1))
                .query((rs, row) -> totals.put(rs.getString("name"), Totals.of(rs))).list();
        Totals atTo = totals.get("to");
        Totals before = totals.get("before");
        Totals atDay = totals.get("day");
        Totals dayBefore = totals.get("dayBefore");

        long running = atTo.notified - before.closed;
        long achieved = atTo.achievedNotified - before.achievedClosed;
        long failed = atDay.failed - before.failed;
        long behind = atDay.behind - atDay.behindAndClosed;
        long notStarted = atTo.withoutHours - dayBefore.withoutHours
                - (atDay.withoutHoursClosedAtOnce - dayBefore.withoutHoursClosedAtOnce);
        Map<ComplianceStatus, Long> statuses = new EnumMap<>(ComplianceStatus.class);
        statuses.put(ComplianceStatus.NOT_STARTED, notStarted);
        statuses.put(ComplianceStatus.ON_TRACK, running - achieved - failed - behind - notStarted);
        statuses.put(ComplianceStatus.BEHIND, behind);
        statuses.put(ComplianceStatus.ACHIEVED, achieved);
        statuses.put(ComplianceStatus.FAILED, failed);
        BigDecimal penalties = atDay.failedPenalty.subtract(before.failedPenalty)
                .add(atDay.behindPenalty).subtract(atDay.behindAndClosedPenalty);

        long companies = jdbc.sql("""
                        select count(*) from procurement.figures_company
                        where first_day <= :to and last_day >= :from
                          and (first_day >= :from or last_day <= :to
                               or exists (select 1 from unnest(days) d where d between :from and :to))""")
                .param("from", from).param("to", to).query(Long.class).single();

        List<BuyerHours> byBuyer = jdbc.sql("""
                        select b.buyer,
                               case when b.last_day <= :to then b.n_clauses else coalesce(t.n_clauses, 0) end
                                   - coalesce(c.c_clauses, 0),
                               case when b.last_day <= :to then b.n_target else coalesce(t.n_target, 0) end
                                   - coalesce(c.c_target, 0),
                               case when b.last_day <= :to then b.n_realised else coalesce(t.n_realised, 0) end
                                   - coalesce(c.c_realised, 0)
                        from procurement.figures_buyer b
                        left join lateral (select n_clauses, n_target, n_realised from procurement.figures_buyer_day s
                                           where b.last_day > :to and s.buyer = b.buyer and s.day <= :to
                                           order by s.day desc limit 1) t on true
                        left join lateral (select c_clauses, c_target, c_realised from procurement.figures_buyer_day s
                                           where b.first_closed < :from and s.buyer = b.buyer and s.day < :from
                                           order by s.day desc limit 1) c on true""")
                .param("from", from).param("to", to)
                .query((rs, row) -> new BuyerHours(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)))
                .list().stream().filter(buyer -> buyer.clauses() > 0)
                .sorted(Comparator.comparingLong(BuyerHours::targetHours).reversed().thenComparing(BuyerHours::buyer))
                .toList();
        return new ProcurementFigures(atTo.contracts - before.contracts, companies, byBuyer, statuses,
                penalties.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Takes away the marks of the changes this transaction sees and counts the totals again. A call that finds
     * them taken by another one still counting waits for it (their rows are locked), then reads its totals.
     */
    private void recount() {
        if (!jdbc.sql("delete from procurement.figures_dirty returning xid").query(Long.class).list().isEmpty()) {
            jdbc.sql("select procurement.figures_recount()").query((rs, row) -> row).list();
        }
    }

    /** The running totals up to a day (all zero before the first day anything happened). */
    private record Totals(long notified, long closed, long contracts, long achievedNotified, long achievedClosed,
                          long failed, BigDecimal failedPenalty, long behind, BigDecimal behindPenalty,
                          long behindAndClosed, BigDecimal behindAndClosedPenalty, long withoutHours,
                          long withoutHoursClosedAtOnce) {

        static Totals of(ResultSet rs) throws SQLException {
            return new Totals(rs.getLong("n_clauses"), rs.getLong("c_clauses"), rs.getLong("n_contracts"),
                    rs.getLong("a_n"), rs.getLong("a_c"), rs.getLong("f_c"), amount(rs, "fp_c"), rs.getLong("b"),
                    amount(rs, "bp"), rs.getLong("m"), amount(rs, "mp"), rs.getLong("z_n"), rs.getLong("zz"));
        }

        private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
            BigDecimal amount = rs.getBigDecimal(column);
            return amount == null ? BigDecimal.ZERO : amount;
        }
    }

    /** The same figures read lot by lot from {@code lot_figures}: for a period that starts after today. */
    private ProcurementFigures clauseByClause(LocalDate from, LocalDate to, LocalDate day) {
        long[] counts = jdbc.sql("""
                        select count(distinct contract_id), count(distinct awardee_siret)
                        from procurement.lot_figures
                        where considered and notified_on between :from and :to""")
                .param("from", from).param("to", to)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        Map<ComplianceStatus, Long> statuses = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            statuses.put(status, 0L);
        }
        Map<String, long[]> clausesAndTarget = new LinkedHashMap<>();
        Map<String, BigDecimal> realisedByBuyer = new LinkedHashMap<>();
        BigDecimal[] penalties = {BigDecimal.ZERO};
        jdbc.sql("""
                        select buyer, procurement.compliance_status(notified_on, closed_on, achieved, has_hours,
                                   behind_from, :day) as status,
                               count(*), sum(target_hours), sum(realised_hours), sum(penalty)
                        from procurement.lot_figures
                        where clause_id is not null and notified_on <= :to and (closed_on is null or closed_on >= :from)
                        group by 1, 2""")
                .param("from", from).param("to", to).param("day", day)
                .query((rs, row) -> {
                    String buyer = rs.getString(1);
                    ComplianceStatus status = ComplianceStatus.valueOf(rs.getString(2));
                    long clauses = rs.getLong(3);
                    statuses.merge(status, clauses, Long::sum);
                    if (status == ComplianceStatus.BEHIND || status == ComplianceStatus.FAILED) {
                        penalties[0] = penalties[0].add(rs.getBigDecimal(6));
                    }
                    long[] buyerCounts = clausesAndTarget.computeIfAbsent(buyer, b -> new long[2]);
                    buyerCounts[0] += clauses;
                    buyerCounts[1] += rs.getLong(4);
                    realisedByBuyer.merge(buyer, rs.getBigDecimal(5), BigDecimal::add);
                    return row;
                }).list();
        List<BuyerHours> byBuyer = new ArrayList<>();
        clausesAndTarget.forEach((buyer, c) -> byBuyer.add(new BuyerHours(buyer, c[0], c[1], realisedByBuyer.get(buyer))));
        byBuyer.sort(Comparator.comparingLong(BuyerHours::targetHours).reversed().thenComparing(BuyerHours::buyer));
        return new ProcurementFigures(counts[0], counts[1], byBuyer, statuses,
                penalties[0].setScale(2, RoundingMode.HALF_UP));
    }
}
