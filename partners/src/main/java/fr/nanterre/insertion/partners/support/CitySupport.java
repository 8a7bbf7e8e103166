package fr.nanterre.insertion.partners.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.support.YearlyObjectives.Figures;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The City's support to the structures, year by year: grants and payments, objectives and results. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.ADMIN + "')")
public class CitySupport {

    private final Grants grants;
    private final Objectives objectives;
    private final JdbcClient jdbc;

    CitySupport(Grants grants, Objectives objectives, JdbcClient jdbc) {
        this.grants = grants;
        this.objectives = objectives;
        this.jdbc = jdbc;
    }

    @Transactional
    public Grant agree(UUID structureId, int year, String purpose, BigDecimal amount, @Nullable String conditions,
                       @Nullable LocalDate signedOn) {
        return grants.save(Grant.agree(structureId, year, purpose, amount, conditions, signedOn));
    }

    /** @throws IllegalArgumentException when the payment would exceed the grant */
    @Transactional
    public Grant pay(Grant grant, LocalDate paidOn, BigDecimal amount) {
        grant.pay(paidOn, amount);
        return grants.save(grant);
    }

    /** Sets the year's objectives, creating them or changing those already set. */
    @Transactional
    public YearlyObjectives setObjectives(UUID structureId, int year, Figures objective) {
        YearlyObjectives yearly = objectives.findByStructureIdAndYear(structureId, year)
                .orElseGet(() -> YearlyObjectives.set(structureId, year, objective));
        yearly.changeObjective(objective);
        return objectives.save(yearly);
    }

    @Transactional
    public YearlyObjectives reportResults(YearlyObjectives yearly, Figures result, LocalDate reportedOn) {
        yearly.reportResults(result, reportedOn);
        return objectives.save(yearly);
    }

    @Transactional(readOnly = true)
    public List<Grant> grantsOf(UUID structureId) {
        return grants.findByStructureIdOrderByYearDesc(structureId);
    }

    @Transactional(readOnly = true)
    public List<YearlyObjectives> objectivesOf(UUID structureId) {
        return objectives.findByStructureIdOrderByYearDesc(structureId);
    }

    /** Totals of one year per kind of structure, for the kinds that received or were set something. */
    @Transactional(readOnly = true)
    public List<SupportTotals> totals(int year) {
        return jdbc.sql("""
                        with granted as (
                            select g.structure_id, sum(g.amount) as granted,
                                   coalesce(sum((select sum(p.amount) from partners.grant_payment p
                                                 where p.grant_id = g.id)), 0) as paid
                            from partners.grant_agreement g where g.year = :year group by g.structure_id),
                        supported as (
                            select structure_id from granted
                            union select structure_id from partners.yearly_objectives where year = :year)
                        select s.kind, count(*) as structures,
                               coalesce(sum(gr.granted), 0) as granted, coalesce(sum(gr.paid), 0) as paid,
                               coalesce(sum(o.objective_hires), 0) as objective_hires,
                               sum(o.result_hires)::int as result_hires,
                               coalesce(sum(o.objective_hours), 0) as objective_hours,
                               sum(o.result_hours)::int as result_hours,
                               coalesce(sum(o.objective_durable_exits), 0) as objective_durable_exits,
                               sum(o.result_durable_exits)::int as result_durable_exits
                        from supported
                        join partners.structure s on s.id = supported.structure_id
                        left join granted gr on gr.structure_id = supported.structure_id
                        left join partners.yearly_objectives o
                               on o.structure_id = supported.structure_id and o.year = :year
                        group by s.kind order by s.kind""")
                .param("year", year)
                .query((rs, row) -> new SupportTotals(year, StructureKind.valueOf(rs.getString("kind")),
                        rs.getInt("structures"), rs.getBigDecimal("granted"), rs.getBigDecimal("paid"),
                        rs.getInt("objective_hires"), rs.getObject("result_hires", Integer.class), rs.getInt("objective_hours"),
                        rs.getObject("result_hours", Integer.class), rs.getInt("objective_durable_exits"),
                        rs.getObject("result_durable_exits", Integer.class)))
                .list();
    }
}
