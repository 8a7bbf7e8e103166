package fr.nanterre.insertion.procurement.clause;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.nanterre.insertion.procurement.ClausesProgressed;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.Modality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procurement's copy of each clause's progress, kept by the {@link ClausesProgressed} events facilitation
 * publishes. A report replaces what each of its clauses had: it carries the totals, so a redelivered or late
 * report never counts hours twice; a report counted before the one kept is ignored.
 */
@Service
public class ClauseProgressProjection {

    private final JdbcClient jdbc;

    ClauseProgressProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Idempotent: a redelivered report writes the same totals again. Rows are written in the order of their clause
     * ids, so that two reports delivered at once lock their common clauses in one order and never deadlock.
     */
    @ApplicationModuleListener
    void on(ClausesProgressed event) {
        List<ClauseTotals> clauses = event.clauses();
        List<UUID> kept = jdbc.sql("""
                        insert into procurement.clause_progress (clause_id, counted_at, realised_hours, people)
                        select clause, :countedAt, hours, people
                        from unnest(cast(:clauses as uuid[]), cast(:hours as numeric[]), cast(:people as int[]))
                            as reported(clause, hours, people)
                        order by clause
                        on conflict (clause_id) do update set counted_at = excluded.counted_at,
                            realised_hours = excluded.realised_hours, people = excluded.people
                        where procurement.clause_progress.counted_at <= excluded.counted_at
                        returning clause_id""")
                .param("countedAt", Timestamp.from(event.countedAt()))
                .param("clauses", clauses.stream().map(ClauseTotals::clauseId).toArray(UUID[]::new))
                .param("hours", clauses.stream().map(c -> c.realisedHours().toPlainString()).toArray(String[]::new))
                .param("people", clauses.stream().map(ClauseTotals::people).toArray(Integer[]::new))
                .query(UUID.class).list();
        if (kept.isEmpty()) {
            return;
        }
        jdbc.sql("delete from procurement.clause_progress_modality where clause_id = any (:kept)")
                .param("kept", kept.toArray(UUID[]::new)).update();
        Set<UUID> replaced = Set.copyOf(kept);
        List<ClauseTotals> written = clauses.stream().filter(c -> replaced.contains(c.clauseId())).toList();
        List<UUID> ids = new ArrayList<>();
        List<String> modalities = new ArrayList<>();
        List<String> hours = new ArrayList<>();
        written.forEach(clause -> clause.hoursByModality().forEach((modality, modalityHours) -> {
            ids.add(clause.clauseId());
            modalities.add(modality.name());
            hours.add(modalityHours.toPlainString());
        }));
        jdbc.sql("""
                        insert into procurement.clause_progress_modality (clause_id, modality, hours)
                        select * from unnest(cast(:clauses as uuid[]), cast(:modalities as varchar[]),
                            cast(:hours as numeric[]))""")
                .param("clauses", ids.toArray(UUID[]::new)).param("modalities", modalities.toArray(String[]::new))
                .param("hours", hours.toArray(String[]::new)).update();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClauseProgress of(UUID clauseId) {
        return ofAll(List.of(clauseId)).getOrDefault(clauseId, ClauseProgress.none(clauseId));
    }

    /** The progress of several clauses in two queries; clauses with no report yet are absent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, ClauseProgress> ofAll(List<UUID> clauseIds) {
        if (clauseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<Modality, BigDecimal>> modalities = jdbc.sql("""
                        select clause_id, modality, hours from procurement.clause_progress_modality
                        where clause_id in (:ids)""")
                .param("ids", clauseIds)
                .query((rs, row) -> Map.entry(rs.getObject("clause_id", UUID.class),
                        Map.entry(Modality.valueOf(rs.getString("modality")), rs.getBigDecimal("hours"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.toMap(e -> e.getValue().getKey(),
                        e -> e.getValue().getValue(), (a, b) -> a, () -> new EnumMap<>(Modality.class))));
        return jdbc.sql("""
                        select clause_id, counted_at, realised_hours, people from procurement.clause_progress
                        where clause_id in (:ids)""")
                .param("ids", clauseIds)
                .query((rs, row) -> {
                    UUID id = rs.getObject("clause_id", UUID.class);
                    return new ClauseProgress(id, rs.getTimestamp("counted_at").toInstant(),
                            rs.getBigDecimal("realised_hours"), rs.getInt("people"),
                            modalities.getOrDefault(id, Map.of()));
                })
                .list().stream().collect(Collectors.toMap(ClauseProgress::clauseId, p -> p));
    }
}
