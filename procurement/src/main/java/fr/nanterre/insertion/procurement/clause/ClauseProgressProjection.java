package fr.nanterre.insertion.procurement.clause;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.nanterre.insertion.procurement.ClauseProgressed;
import fr.nanterre.insertion.procurement.Modality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procurement's copy of each clause's progress, kept by the {@link ClauseProgressed} events facilitation
 * publishes. An event replaces what the clause had: it carries the totals, so a redelivered or late event
 * never counts hours twice; an older event than the one kept is ignored.
 */
@Service
public class ClauseProgressProjection {

    private final JdbcClient jdbc;

    ClauseProgressProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ClauseProgressed event) {
        int kept = jdbc.sql("""
                        insert into procurement.clause_progress (clause_id, as_of, realised_hours, people)
                        values (:clause, :asOf, :hours, :people)
                        on conflict (clause_id) do update set as_of = excluded.as_of,
                            realised_hours = excluded.realised_hours, people = excluded.people
                        where procurement.clause_progress.as_of <= excluded.as_of""")
                .param("clause", event.clauseId()).param("asOf", event.asOf())
                .param("hours", event.realisedHours()).param("people", event.people())
                .update();
        if (kept == 0) {
            return;
        }
        jdbc.sql("delete from procurement.clause_progress_modality where clause_id = ?")
                .param(event.clauseId()).update();
        event.hoursByModality().forEach((modality, hours) -> jdbc.sql("""
                        insert into procurement.clause_progress_modality (clause_id, modality, hours)
                        values (?, ?, ?)""")
                .params(event.clauseId(), modality.name(), hours).update());
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
                        select clause_id, as_of, realised_hours, people from procurement.clause_progress
                        where clause_id in (:ids)""")
                .param("ids", clauseIds)
                .query((rs, row) -> {
                    UUID id = rs.getObject("clause_id", UUID.class);
                    return new ClauseProgress(id, rs.getObject("as_of", java.time.LocalDate.class),
                            rs.getBigDecimal("realised_hours"), rs.getInt("people"),
                            modalities.getOrDefault(id, Map.of()));
                })
                .list().stream().collect(Collectors.toMap(ClauseProgress::clauseId, p -> p));
    }
}
