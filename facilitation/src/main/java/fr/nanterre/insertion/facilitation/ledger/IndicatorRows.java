package fr.nanterre.insertion.facilitation.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' read model of the ledger (migration V25, decision 0029), kept in the transaction of each change
 * that moves it: hours entered or validated, a placement placed or revised, a participant anonymised or exited, a
 * clause followed. Each refresh takes the participants concerned whole: it removes their rows, counts them again
 * from the ledger and moves the sums by the difference, so that it is idempotent (a listener delivered twice changes
 * nothing) and costs the size of those participants' ledger, not the ledger's.
 */
@Component
public class IndicatorRows {

    private final JdbcClient jdbc;

    IndicatorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts again the participants who hold these placements. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshPlacements(Collection<UUID> placementIds) {
        if (!placementIds.isEmpty()) {
            refreshParticipants(jdbc.sql("""
                            select distinct participant_id from facilitation.placement
                            where id = any(cast(:ids as uuid[]))""")
                    .param("ids", placementIds.toArray(UUID[]::new)).query(UUID.class).list());
        }
    }

    /** Counts again the participants of the placements sharing these clauses (a clause followed late). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshClauses(Collection<UUID> clauseIds) {
        if (!clauseIds.isEmpty()) {
            refreshParticipants(jdbc.sql("""
                            select distinct p.participant_id from facilitation.placement_share s
                            join facilitation.placement p on p.id = s.placement_id
                            where s.clause_id = any(cast(:ids as uuid[]))""")
                    .param("ids", clauseIds.toArray(UUID[]::new)).query(UUID.class).list());
        }
    }

    /** Counts these participants again: their hours, placements, criteria and exits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshParticipants(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return;
        }
        // changes take turns: each moves the sums from what the previous one committed
        jdbc.sql("select pg_advisory_xact_lock(hashtext('facilitation.indicators'))").query().singleRow();
        UUID[] ids = Set.copyOf(participantIds).toArray(UUID[]::new);
        for (String step : STEPS) {
            jdbc.sql(step).param("ids", ids).update();
        }
    }

    private static final String PLACEMENTS = """
            (select id from facilitation.placement where participant_id = any(cast(:ids as uuid[])))""";

    private static final String HOURS_MOVED = """
            insert into facilitation.indicator_hours as t (month, modality, buyer, hours, lines)
            select month, modality, buyer, %s sum(hours), %s count(*) from moved group by month, modality, buyer
            on conflict (month, modality, buyer) do update set hours = t.hours + excluded.hours,
                lines = t.lines + excluded.lines""";

    private static final String PEOPLE_MOVED = """
            insert into facilitation.indicator_people as t (worked, shadow, sex, age_band, residence, placements)
            select worked, shadow, sex, age_band, residence, %s count(*) from moved
            group by worked, shadow, sex, age_band, residence
            on conflict (worked, shadow, sex, age_band, residence) do update
                set placements = t.placements + excluded.placements""";

    private static final String CRITERIA_MOVED = """
            insert into facilitation.indicator_criterion as t (code, worked, shadow, placements)
            select code, worked, shadow, %s count(*) from moved group by code, worked, shadow
            on conflict (code, worked, shadow) do update set placements = t.placements + excluded.placements""";

    /** In this order; each statement is set-based over the participants' placements. */
    private static final List<String> STEPS = List.of(
            // the hours: out with the rows kept, in with the ledger's
            "with moved as (delete from facilitation.indicator_work where placement_id in " + PLACEMENTS
                    + " returning month, modality, buyer, hours) " + HOURS_MOVED.formatted("-", "-"),
            """
                    with moved as (insert into facilitation.indicator_work (placement_id, month, buyer, modality, hours)
                        select h.placement_id, h.month, c.buyer, p.modality, sum(h.hours * s.percent / 100)
                        from facilitation.counted_hours h
                        join facilitation.placement p on p.id = h.placement_id
                        join facilitation.placement_share s on s.placement_id = p.id
                        join facilitation.followed_clause c on c.clause_id = s.clause_id
                        where p.participant_id = any(cast(:ids as uuid[]))
                        group by h.placement_id, h.month, c.buyer, p.modality
                        returning month, modality, buyer, hours) """ + HOURS_MOVED.formatted("", ""),
            """
                    with moved as (insert into facilitation.indicator_work (placement_id, month, buyer, modality, hours)
                        select h.placement_id, h.month, '', p.modality, h.hours * (100 - coalesce(f.percent, 0)) / 100
                        from facilitation.counted_hours h
                        join facilitation.placement p on p.id = h.placement_id
                        left join (select s.placement_id, sum(s.percent) as percent
                                   from facilitation.placement_share s
                                   join facilitation.followed_clause c on c.clause_id = s.clause_id
                                   group by s.placement_id) f on f.placement_id = p.id
                        where p.participant_id = any(cast(:ids as uuid[]))
                          and h.hours * (100 - coalesce(f.percent, 0)) <> 0
                        returning month, modality, buyer, hours) """ + HOURS_MOVED.formatted("", ""),
            "delete from facilitation.indicator_hours where lines = 0",
            // the placements and the people
            "with moved as (delete from facilitation.indicator_placement where participant_id = any(cast(:ids as uuid[]))"
                    + " returning worked, shadow, sex, age_band, residence) " + PEOPLE_MOVED.formatted("-"),
            """
                    with moved as (insert into facilitation.indicator_placement (placement_id, participant_id, worked,
                            shadow, sex, age_band, residence)
                        select id, participant_id, worked,
                               coalesce(range_agg(worked) over (partition by participant_id order by start_date desc, id
                                                                rows between unbounded preceding and 1 preceding), '{}'),
                               sex, age_band, residence
                        from (select p.id, p.participant_id, p.start_date, w.worked,
                                     coalesce(p.start_sex, 'UNKNOWN') as sex,
                                     coalesce(p.start_age_band, 'UNKNOWN') as age_band,
                                     coalesce(p.start_residence, 'UNKNOWN') as residence
                              from facilitation.placement p
                              join lateral (select range_agg(daterange(h.month, cast(h.month + interval '1 month' as date)))
                                                as worked
                                            from facilitation.counted_hours h
                                            where h.placement_id = p.id and h.hours > 0) w on w.worked is not null
                              where p.participant_id = any(cast(:ids as uuid[]))) x
                        returning worked, shadow, sex, age_band, residence) """ + PEOPLE_MOVED.formatted(""),
            "delete from facilitation.indicator_people where placements = 0",
            // the criteria
            "with moved as (delete from facilitation.indicator_placement_criterion"
                    + " where participant_id = any(cast(:ids as uuid[])) returning code, worked, shadow) "
                    + CRITERIA_MOVED.formatted("-"),
            """
                    with moved as (insert into facilitation.indicator_placement_criterion (placement_id, code,
                            participant_id, worked, shadow)
                        select placement_id, code, participant_id, worked,
                               coalesce(range_agg(worked) over (partition by participant_id, code order by placement_id
                                                                rows between unbounded preceding and 1 preceding), '{}')
                        from (select distinct c.placement_id, c.code, i.participant_id, i.worked
                              from facilitation.placement_criterion c
                              join facilitation.indicator_placement i on i.placement_id = c.placement_id
                              where i.participant_id = any(cast(:ids as uuid[]))) x
                        returning code, worked, shadow) """ + CRITERIA_MOVED.formatted(""),
            "delete from facilitation.indicator_criterion where placements = 0",
            // the exits of placed participants
            "delete from facilitation.indicator_exit where participant_id = any(cast(:ids as uuid[]))",
            """
                    insert into facilitation.indicator_exit (pathway_id, participant_id, exit_date, outcome_category)
                    select e.pathway_id, e.participant_id, e.exit_date, e.outcome_category
                    from facilitation.participant_exit e
                    where e.participant_id = any(cast(:ids as uuid[]))
                      and exists (select 1 from facilitation.placement p
                                  where p.participant_id = e.participant_id and p.start_date <= e.exit_date)""");

    /**
     * Empties the read model and counts the whole ledger again, participant by participant in batches, as the
     * changes do (after data written outside the services: a bulk load, a restore).
     */
    @Transactional
    public void rebuild() {
        for (String table : List.of("indicator_work", "indicator_hours", "indicator_placement", "indicator_people",
                "indicator_placement_criterion", "indicator_criterion", "indicator_exit")) {
            jdbc.sql("delete from facilitation." + table).update();
        }
        List<UUID> participants = jdbc.sql("select distinct participant_id from facilitation.placement")
                .query(UUID.class).list();
        for (int from = 0; from < participants.size(); from += 10_000) {
            refreshParticipants(participants.subList(from, Math.min(participants.size(), from + 10_000)));
        }
    }
}
