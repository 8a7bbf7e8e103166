package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.Modality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each clause counts: summed from the ledger's count ({@link CountedWork}) when it changes, kept per clause and
 * modality before the coefficients (so that changing a coefficient needs no recount), and read with the
 * coefficients applied.
 */
@Component
class ClauseCounts {

    private final JdbcClient jdbc;
    private final CountingSettings settings;

    ClauseCounts(JdbcClient jdbc, CountingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Sums the ledger's count of these clauses ({@link CountedWork}: validated or hand-entered hours × the
     * placement's share) per clause and modality, with the people who worked them, keeps the sums in place of the
     * ones kept, and returns the totals with the coefficients applied.
     */
    Map<UUID, ClauseTotals> recount(Collection<UUID> clauseIds, List<CountedHours> counted) {
        UUID[] ids = Set.copyOf(clauseIds).toArray(UUID[]::new);
        Map<UUID, Map<Modality, BigDecimal>> hours = new HashMap<>();
        Map<UUID, Set<UUID>> workers = new HashMap<>();
        for (CountedHours line : counted) {
            hours.computeIfAbsent(line.clauseId(), id -> new EnumMap<>(Modality.class))
                    .merge(line.modality(), line.hours(), BigDecimal::add);
            workers.computeIfAbsent(line.clauseId(), id -> new HashSet<>()).add(line.participantId());
        }
        Map<UUID, Integer> people = new HashMap<>();
        workers.forEach((clause, participants) -> people.put(clause, participants.size()));
        keep(ids, hours, people);
        return totals(ids, hours, people);
    }

    /** The totals kept for these clauses, with the coefficients applied; zero for a clause with no hours yet. */
    Map<UUID, ClauseTotals> kept(Collection<UUID> clauseIds) {
        UUID[] ids = Set.copyOf(clauseIds).toArray(UUID[]::new);
        Map<UUID, Map<Modality, BigDecimal>> hours = new HashMap<>();
        Map<UUID, Integer> people = new HashMap<>();
        jdbc.sql("""
                        select t.clause_id, t.people, m.modality, m.hours from facilitation.clause_total t
                        join unnest(cast(:ids as uuid[])) as asked(clause_id) on asked.clause_id = t.clause_id
                        left join facilitation.clause_total_modality m on m.clause_id = t.clause_id""")
                .param("ids", ids)
                .query((rs, row) -> {
                    UUID clause = rs.getObject("clause_id", UUID.class);
                    people.put(clause, rs.getInt("people"));
                    if (rs.getString("modality") != null) {
                        hours.computeIfAbsent(clause, id -> new EnumMap<>(Modality.class))
                                .put(Modality.valueOf(rs.getString("modality")), rs.getBigDecimal("hours"));
                    }
                    return clause;
                })
                .list();
        return totals(ids, hours, people);
    }

    private void keep(UUID[] ids, Map<UUID, Map<Modality, BigDecimal>> hours, Map<UUID, Integer> people) {
        jdbc.sql("""
                        delete from facilitation.clause_total t using unnest(cast(:ids as uuid[])) as asked(clause_id)
                        where t.clause_id = asked.clause_id""")
                .param("ids", ids).update();
        jdbc.sql("""
                        insert into facilitation.clause_total (clause_id, people)
                        select * from unnest(cast(:ids as uuid[]), cast(:people as int[]))""")
                .param("ids", ids)
                .param("people", Arrays.stream(ids).map(id -> people.getOrDefault(id, 0))
                        .toArray(Integer[]::new))
                .update();
        List<UUID> clauses = new ArrayList<>();
        List<String> modalities = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        hours.forEach((clause, byModality) -> byModality.forEach((modality, sum) -> {
            clauses.add(clause);
            modalities.add(modality.name());
            sums.add(sum.toPlainString());
        }));
        jdbc.sql("""
                        insert into facilitation.clause_total_modality (clause_id, modality, hours)
                        select * from unnest(cast(:clauses as uuid[]), cast(:modalities as varchar[]),
                            cast(:hours as numeric[]))""")
                .param("clauses", clauses.toArray(UUID[]::new)).param("modalities", modalities.toArray(String[]::new))
                .param("hours", sums.toArray(String[]::new)).update();
    }

    private Map<UUID, ClauseTotals> totals(UUID[] ids, Map<UUID, Map<Modality, BigDecimal>> hours,
                                           Map<UUID, Integer> people) {
        Map<UUID, ClauseTotals> totals = new HashMap<>();
        for (UUID clause : ids) {
            Map<Modality, BigDecimal> counted = new EnumMap<>(Modality.class);
            hours.getOrDefault(clause, Map.of()).forEach((modality, sum) ->
                    counted.put(modality, sum.multiply(settings.coefficient(modality))));
            BigDecimal total = counted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.put(clause, new ClauseTotals(clause, total, people.getOrDefault(clause, 0), counted));
        }
        return totals;
    }
}
