package fr.nanterre.insertion.procurement.recommend;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.procurement.recommend.Recommendation.History;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The set-based reads the recommender rests on: what structures already work on, how similar clauses did. */
@Component
class SupplyFigures {

    /**
     * Work a structure holds on a contract in progress: a lot it was awarded, or a subcontract declared for it.
     *
     * @param labourSharePercent the lot's clause's labour share when it has one, else null
     */
    record HeldWork(UUID structureId, BigDecimal amountExclTax, @Nullable String cpvCode, int durationMonths,
                    @Nullable BigDecimal labourSharePercent) {
    }

    private final JdbcClient jdbc;

    SupplyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The work the structures hold on awarded (not yet closed) contracts: one query whatever their number. */
    List<HeldWork> heldWork(Collection<UUID> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select l.awardee_structure_id as structure_id, l.amount_excl_tax, c.cpv_code, c.duration_months,
                               l.clause_labour_share_percent as labour_share_percent
                        from procurement.lot l join procurement.contract c on c.id = l.contract_id
                        where c.status = 'AWARDED' and l.awardee_structure_id = any(:ids)
                        union all
                        select a.structure_id, a.amount_excl_tax, c.cpv_code, c.duration_months, null
                        from procurement.contract_awardee a join procurement.contract c on c.id = a.contract_id
                        where c.status = 'AWARDED' and a.role = 'SUBCONTRACTOR' and a.amount_excl_tax is not null
                          and a.structure_id = any(:ids)""")
                .param("ids", structureIds.toArray(UUID[]::new))
                .query(HeldWork.class).list();
    }

    /**
     * The clauses facilitation reported on, of awarded or closed contracts of this trade (by the clause's trade, or
     * the contract's CPV code under one of the families): their count, realised hours and targets.
     */
    History history(@Nullable String tradeCode, List<String> cpvFamilies) {
        return jdbc.sql("""
                        select count(*) as clauses, coalesce(round(sum(p.realised_hours)), 0) as realised_hours,
                               coalesce(sum(l.clause_target_hours), 0) as target_hours
                        from procurement.lot l
                        join procurement.contract c on c.id = l.contract_id
                        join procurement.clause_progress p on p.clause_id = l.clause_id
                        where c.status in ('AWARDED', 'CLOSED')
                          and (l.clause_trade_code = :trade or c.cpv_code like any(:patterns))""")
                .param("trade", tradeCode == null ? "" : tradeCode)
                .param("patterns", cpvFamilies.stream().map(family -> family + "%").toArray(String[]::new))
                .query((rs, row) -> new History(rs.getInt("clauses"), rs.getLong("realised_hours"),
                        rs.getLong("target_hours")))
                .single();
    }
}
