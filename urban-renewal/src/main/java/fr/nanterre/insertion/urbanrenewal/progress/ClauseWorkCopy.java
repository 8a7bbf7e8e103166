package fr.nanterre.insertion.urbanrenewal.progress;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.ClauseWork;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.WorkedHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Urban renewal's copy of the hours facilitation counts on every clause, by placement and year, with the
 * placement's residence, sex and age band at its start: fed by {@link ClauseWorkCounted}. Each clause's breakdown
 * replaces the one kept only when it was counted later, so a redelivered event, or an older one arriving late,
 * changes nothing. Every clause is kept, linked or not, so that a lot linked later shows its hours at once.
 */
@Component
class ClauseWorkCopy {

    private final JdbcClient jdbc;

    ClauseWorkCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ClauseWorkCounted event) {
        apply(event);
    }

    /** In the caller's transaction (the listener's own, or a benchmark's). */
    void apply(ClauseWorkCounted event) {
        UUID[] ids = event.clauses().stream().map(ClauseWork::clauseId).distinct().toArray(UUID[]::new);
        // the row of each clause is locked by the upsert, so two counts of one clause are applied one after the other;
        // in the order of the clause ids, so that two counts sharing clauses never deadlock
        Set<UUID> newer = Set.copyOf(jdbc.sql("""
                        insert into urban_renewal.clause_work_count (clause_id, counted_at)
                        select id, :countedAt from unnest(cast(:ids as uuid[])) as asked(id) order by id
                        on conflict (clause_id) do update set counted_at = excluded.counted_at
                        where clause_work_count.counted_at < excluded.counted_at
                        returning clause_id""")
                .param("countedAt", OffsetDateTime.ofInstant(event.countedAt(), ZoneOffset.UTC))
                .param("ids", ids)
                .query(UUID.class).list());
        if (newer.isEmpty()) {
            return;
        }
        jdbc.sql("delete from urban_renewal.clause_work where clause_id = any(:ids)")
                .param("ids", newer.toArray(UUID[]::new)).update();
        List<UUID> clauses = new ArrayList<>();
        List<UUID> placements = new ArrayList<>();
        List<UUID> participants = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<String> residences = new ArrayList<>();
        List<String> sexes = new ArrayList<>();
        List<String> ageBands = new ArrayList<>();
        List<String> hours = new ArrayList<>();
        // one row per clause, placement and year, as the table keys them (a sender's duplicates are summed)
        Map<List<Object>, WorkedHours> rows = new LinkedHashMap<>();
        for (ClauseWork clause : event.clauses()) {
            if (!newer.contains(clause.clauseId())) {
                continue;
            }
            for (WorkedHours worked : clause.hours()) {
                List<Object> key = List.of(clause.clauseId(), worked.placementId(), worked.year());
                rows.merge(key, worked, (a, b) -> new WorkedHours(a.placementId(), a.participantId(), a.year(),
                        a.residence(), a.sex(), a.ageBand(), a.hours().add(b.hours())));
            }
        }
        rows.forEach((key, worked) -> {
            clauses.add((UUID) key.getFirst());
            placements.add(worked.placementId());
            participants.add(worked.participantId());
            years.add(worked.year());
            residences.add(worked.residence() == null ? null : worked.residence().name());
            sexes.add(worked.sex() == null ? null : worked.sex().name());
            ageBands.add(worked.ageBand() == null ? null : worked.ageBand().name());
            hours.add(worked.hours().toPlainString());
        });
        if (clauses.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into urban_renewal.clause_work
                            (clause_id, placement_id, participant_id, year, residence, sex, age_band, hours)
                        select * from unnest(cast(:clauses as uuid[]), cast(:placements as uuid[]),
                                    cast(:participants as uuid[]), cast(:years as int[]),
                                    cast(:residences as varchar[]), cast(:sexes as varchar[]),
                                    cast(:ageBands as varchar[]), cast(:hours as numeric[]))""")
                .param("clauses", clauses.toArray(UUID[]::new))
                .param("placements", placements.toArray(UUID[]::new))
                .param("participants", participants.toArray(UUID[]::new))
                .param("years", years.toArray(Integer[]::new))
                .param("residences", residences.toArray(String[]::new))
                .param("sexes", sexes.toArray(String[]::new))
                .param("ageBands", ageBands.toArray(String[]::new))
                .param("hours", hours.toArray(String[]::new))
                .update();
    }
}
