package fr.nanterre.insertion.facilitation.ledger;

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
 * The ledger counted for the clauses a change touched, in one pass: each placement's hours on each clause per
 * calendar year ({@link CountedHours}), with the placement's participant, modality and profile at its start. Hours
 * count when a facilitator entered them or their statement is validated: the view {@code facilitation.counted_hours}
 * says which. {@link ClauseCounts} sums these into the clauses' totals; {@link #byClause} gives urban renewal's
 * breakdown ({@link ClauseWorkCounted}).
 */
@Component
class CountedWork {

    private final JdbcClient jdbc;
    private final CountingSettings settings;

    CountedWork(JdbcClient jdbc, CountingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The counted hours of these clauses, by clause, placement and year (in that order). */
    List<CountedHours> count(Collection<UUID> clauseIds) {
        UUID[] ids = new LinkedHashSet<>(clauseIds).toArray(UUID[]::new);
        List<CountedHours> counted = new ArrayList<>();
        if (ids.length == 0) {
            return counted;
        }
        // The ledger is summed per placement and year first (one pass over its lines, only the placements of these
        // clauses), then spread over the clauses by their shares. Hours and shares have two decimals, so rounding a
        // share of the hours to six keeps every digit. Enough memory to sort and hash 100,000 placements' years
        // without spilling to disk.
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                        select s.clause_id, c.placement_id, c.year, p.participant_id, p.modality, p.start_residence,
                               p.start_sex, p.start_age_band, round(c.hours * s.percent / 100, 6) as hours
                        from (
                            select h.placement_id, cast(extract(year from h.month) as int) as year,
                                   sum(h.hours) as hours
                            from facilitation.counted_hours h
                            where h.placement_id in (select placement_id from facilitation.placement_share
                                  join unnest(cast(:ids as uuid[])) as asked(clause_id) using (clause_id))
                            group by h.placement_id, year
                        ) c
                        join facilitation.placement_share s on s.placement_id = c.placement_id
                        join unnest(cast(:ids as uuid[])) as asked(clause_id) on asked.clause_id = s.clause_id
                        join facilitation.placement p on p.id = c.placement_id
                        order by s.clause_id, c.placement_id, c.year""")
                .param("ids", ids)
                .query(rs -> {
                    counted.add(new CountedHours(rs.getObject("clause_id", UUID.class),
                            rs.getObject("placement_id", UUID.class), rs.getObject("participant_id", UUID.class),
                            Modality.valueOf(rs.getString("modality")), rs.getInt("year"),
                            value(Residence.class, rs.getString("start_residence")),
                            value(Sex.class, rs.getString("start_sex")),
                            value(AgeBand.class, rs.getString("start_age_band")), rs.getBigDecimal("hours")));
                });
        return counted;
    }

    /**
     * What urban renewal is told of these clauses, in the order asked: each one's counted hours by placement and
     * year with the modality's coefficient applied, and an empty list for a clause on which nothing counts any more,
     * so that it forgets what it held.
     */
    List<ClauseWork> byClause(Collection<UUID> clauseIds, List<CountedHours> counted) {
        Map<UUID, List<WorkedHours>> work = new LinkedHashMap<>();
        clauseIds.forEach(clause -> work.put(clause, new ArrayList<>()));
        for (CountedHours hours : counted) {
            work.get(hours.clauseId()).add(new WorkedHours(hours.placementId(), hours.participantId(), hours.year(),
                    hours.residence(), hours.sex(), hours.ageBand(),
                    hours.hours().multiply(settings.coefficient(hours.modality()))));
        }
        return work.entrySet().stream().map(clause -> new ClauseWork(clause.getKey(), clause.getValue())).toList();
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
