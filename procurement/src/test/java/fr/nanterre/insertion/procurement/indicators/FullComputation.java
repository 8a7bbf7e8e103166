package fr.nanterre.insertion.procurement.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.nanterre.insertion.procurement.Compliance;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.ProcurementFigures;
import fr.nanterre.insertion.procurement.ProcurementFigures.BuyerHours;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The oracle of the kept figures: pillar 2's figures computed as they were before migration V5, from the contracts,
 * lots and progress tables, every running clause judged here by {@link Compliance}. The tests compare
 * {@link ProcurementIndicatorsService} with it; the benchmark measures it.
 */
final class FullComputation {

    private final JdbcClient jdbc;

    FullComputation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the period, clauses judged on {@code day} (the period's end, or today when it has not ended). */
    ProcurementFigures between(LocalDate from, LocalDate to, LocalDate day) {
        Map<String, Object> counts = jdbc.sql("""
                        select count(distinct c.id) as contracts, count(distinct l.awardee_siret) as companies
                        from procurement.contract c join procurement.lot l on l.contract_id = c.id
                        where c.notified_on between :from and :to
                          and (l.clause_id is not null or l.criterion_weight_percent is not null
                               or l.reservation <> 'NONE' or l.insertion_contract)""")
                .param("from", from).param("to", to).query().singleRow();
        Map<ComplianceStatus, Long> statuses = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            statuses.put(status, 0L);
        }
        Map<String, long[]> clausesAndTarget = new LinkedHashMap<>();
        Map<String, BigDecimal> realisedByBuyer = new LinkedHashMap<>();
        BigDecimal[] penalties = {BigDecimal.ZERO};
        jdbc.sql("""
                        select c.buyer, l.clause_target_hours, coalesce(p.realised_hours, 0) as realised,
                               l.clause_penalty_per_hour, c.notified_on, c.duration_months, c.closed_on
                        from procurement.contract c
                        join procurement.lot l on l.contract_id = c.id
                        left join procurement.clause_progress p on p.clause_id = l.clause_id
                        where l.clause_id is not null and c.notified_on <= :to
                          and (c.closed_on is null or c.closed_on >= :from)""")
                .param("from", from).param("to", to)
                .query((rs, row) -> {
                    String buyer = rs.getString(1);
                    int target = rs.getInt(2);
                    BigDecimal realised = rs.getBigDecimal(3);
                    Compliance compliance = new Compliance(target, realised, rs.getObject(5, LocalDate.class),
                            rs.getInt(6), rs.getObject(7, LocalDate.class));
                    ComplianceStatus status = compliance.statusOn(day);
                    statuses.merge(status, 1L, Long::sum);
                    if (status == ComplianceStatus.BEHIND || status == ComplianceStatus.FAILED) {
                        penalties[0] = penalties[0].add(compliance.penalty(rs.getBigDecimal(4)));
                    }
                    long[] buyerCounts = clausesAndTarget.computeIfAbsent(buyer, b -> new long[2]);
                    buyerCounts[0]++;
                    buyerCounts[1] += target;
                    realisedByBuyer.merge(buyer, realised, BigDecimal::add);
                    return row;
                }).list();
        List<BuyerHours> byBuyer = new ArrayList<>();
        clausesAndTarget.forEach((buyer, c) -> byBuyer.add(new BuyerHours(buyer, c[0], c[1],
                realisedByBuyer.get(buyer))));
        byBuyer.sort(Comparator.comparingLong(BuyerHours::targetHours).reversed().thenComparing(BuyerHours::buyer));
        return new ProcurementFigures(((Number) counts.get("contracts")).longValue(),
                ((Number) counts.get("companies")).longValue(), byBuyer, statuses,
                penalties[0].setScale(2, RoundingMode.HALF_UP));
    }
}
