package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.ClauseWork;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.WorkedHours;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hours each clause counts, broken down by placement and calendar year, with the placement's participant and
 * the profile it kept at its start: what urban renewal's charter counts Nanterre and QPV residents' hours from
 * ({@link ClauseWorkCounted}). The same hours as {@link ClauseCounts} counts (hand-entered, or from a validated
 * statement; × the placement's share of the clause × the modality's coefficient), in one query over the ledger.
 */
@Component
class CountedWork {

    private final JdbcClient jdbc;
    private final CountingSettings settings;

    CountedWork(JdbcClient jdbc, CountingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Everything counted on these clauses, in the order asked; a clause on which nothing counts has an empty list,
     * so that the receiver forgets what it held.
     */
    List<ClauseWork> of(Collection<UUID> clauseIds) {
        Map<UUID, List<WorkedHours>> work = new LinkedHashMap<>();
        new LinkedHashSet<>(clauseIds).forEach(clause -> work.put(clause, new ArrayList<>()));
        if (work.isEmpty()) {
            return List.of();
        }
        // Shaped like ClauseCounts' query: the ledger is summed per placement and year, reading only the placements
        // of these clauses, then spread over the clauses by their shares. Hours and shares have two decimals, so
        // rounding the share of the hours to six keeps every digit.
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                        select s.clause_id, c.placement_id, c.year, p.participant_id, p.modality, p.start_residence,
                               p.start_sex, p.start_age_band, round(c.hours * s.percent / 100, 6) as hours
                        from (
                            select h.placement_id, cast(extract(year from h.month) as int) as year,
                                   sum(h.hours) as hours
                            from facilitation.hours_entry h
                            where not exists (select 1 from facilitation.statement st
                                              where st.id = h.statement_id and st.state <> 'VALIDATED')
                              and h.placement_id in (select placement_id from facilitation.placement_share
                                  join unnest(cast(:ids as uuid[])) as asked(clause_id) using (clause_id))
                            group by h.placement_id, year
                        ) c
                        join facilitation.placement_share s on s.placement_id = c.placement_id
                        join unnest(cast(:ids as uuid[])) as asked(clause_id) on asked.clause_id = s.clause_id
                        join facilitation.placement p on p.id = c.placement_id
                        order by s.clause_id, c.placement_id, c.year""")
                .param("ids", work.keySet().toArray(UUID[]::new))
                .query(rs -> {
                    BigDecimal coefficient = settings.coefficient(Modality.valueOf(rs.getString("modality")));
                    work.get(rs.getObject("clause_id", UUID.class)).add(new WorkedHours(
                            rs.getObject("placement_id", UUID.class), rs.getObject("participant_id", UUID.class),
                            rs.getInt("year"), value(Residence.class, rs.getString("start_residence")),
                            value(Sex.class, rs.getString("start_sex")),
                            value(AgeBand.class, rs.getString("start_age_band")),
                            rs.getBigDecimal("hours").multiply(coefficient)));
                });
        return work.entrySet().stream().map(clause -> new ClauseWork(clause.getKey(), clause.getValue())).toList();
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
