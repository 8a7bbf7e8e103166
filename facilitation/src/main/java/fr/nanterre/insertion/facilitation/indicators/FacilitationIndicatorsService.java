package fr.nanterre.insertion.facilitation.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.nanterre.insertion.facilitation.FacilitationIndicators;
import fr.nanterre.insertion.facilitation.WorkFigures;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four set-based queries on facilitation's tables, whatever the number of placements: the hours by modality and
 * month (with the people and the missions), by modality and buyer, the people's profile, and the exits.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.VIEWER + "', '" + Roles.FACILITATOR + "')")
class FacilitationIndicatorsService implements FacilitationIndicators {

    private final JdbcClient jdbc;
    private final CountingSettings settings;

    FacilitationIndicatorsService(JdbcClient jdbc, CountingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public WorkFigures between(LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate last = to.withDayOfMonth(1);

        Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            byMonth.put(month, BigDecimal.ZERO);
        }
        Map<Modality, BigDecimal> byModality = new EnumMap<>(Modality.class);
        for (Modality modality : Modality.values()) {
            byModality.put(modality, BigDecimal.ZERO);
        }
        long[] peopleAndMissions = {0, 0};
        jdbc.sql("""
                        select p.modality, h.month, grouping(p.modality, h.month) as level, sum(h.hours) as hours,
                               count(distinct p.participant_id) filter (where h.hours > 0) as people,
                               count(distinct p.id) filter (where h.hours > 0) as missions
                        from facilitation.counted_hours h join facilitation.placement p on p.id = h.placement_id
                        where h.month between :first and :last
                        group by grouping sets ((p.modality, h.month), ())""")
                .param("first", first).param("last", last)
                .query((rs, row) -> {
                    if (rs.getInt("level") == 3) {
                        peopleAndMissions[0] = rs.getLong("people");
                        peopleAndMissions[1] = rs.getLong("missions");
                    } else {
                        Modality modality = Modality.valueOf(rs.getString("modality"));
                        BigDecimal hours = rs.getBigDecimal("hours").multiply(settings.coefficient(modality));
                        byMonth.merge(YearMonth.from(rs.getObject("month", LocalDate.class)), hours, BigDecimal::add);
                        byModality.merge(modality, hours, BigDecimal::add);
                    }
                    return row;
                }).list();
        BigDecimal total = scaled(byModality.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        byMonth.replaceAll((month, hours) -> scaled(hours));
        byModality.replaceAll((modality, hours) -> scaled(hours));

        Map<String, BigDecimal> byBuyer = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.modality, c.buyer, sum(h.hours * s.percent / 100) as hours
                        from facilitation.counted_hours h
                        join facilitation.placement p on p.id = h.placement_id
                        join facilitation.placement_share s on s.placement_id = p.id
                        join facilitation.followed_clause c on c.clause_id = s.clause_id
                        where h.month between :first and :last
                        group by p.modality, c.buyer""")
                .param("first", first).param("last", last)
                .query((rs, row) -> byBuyer.merge(rs.getString("buyer"), rs.getBigDecimal("hours")
                        .multiply(settings.coefficient(Modality.valueOf(rs.getString("modality")))), BigDecimal::add))
                .list();
        byBuyer.replaceAll((buyer, hours) -> scaled(hours));
        BigDecimal shared = byBuyer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> buyers = new LinkedHashMap<>();
        byBuyer.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> buyers.put(e.getKey(), e.getValue()));
        if (total.compareTo(shared) > 0) {
            buyers.put(WorkFigures.NO_CLAUSE, total.subtract(shared));
        }

        Map<String, Long> bySex = zeros(Sex.values());
        Map<String, Long> byAge = zeros(AgeBand.values());
        Map<String, Long> byResidence = zeros(Residence.values());
        jdbc.sql("""
                        with worked as (
                            select distinct on (p.participant_id) p.participant_id,
                                   coalesce(p.start_sex, 'UNKNOWN') as sex,
                                   coalesce(p.start_age_band, 'UNKNOWN') as age_band,
                                   coalesce(p.start_residence, 'UNKNOWN') as residence
                            from facilitation.placement p
                            where exists (select 1 from facilitation.counted_hours h where h.placement_id = p.id
                                          and h.month between :first and :last and h.hours > 0)
                            order by p.participant_id, p.start_date desc, p.id)
                        select sex, age_band, residence, grouping(sex, age_band, residence) as level, count(*) as people
                        from worked group by grouping sets ((sex), (age_band), (residence))""")
                .param("first", first).param("last", last)
                .query((rs, row) -> {
                    long people = rs.getLong("people");
                    switch (rs.getInt("level")) {
                        case 3 -> bySex.merge(rs.getString("sex"), people, Long::sum);
                        case 5 -> byAge.merge(rs.getString("age_band"), people, Long::sum);
                        default -> byResidence.merge(rs.getString("residence"), people, Long::sum);
                    }
                    return row;
                }).list();
        dropEmptyUnknown(bySex);
        dropEmptyUnknown(byAge);
        dropEmptyUnknown(byResidence);

        Map<String, Long> byCriterion = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.code, count(distinct p.participant_id) as people
                        from facilitation.placement p join facilitation.placement_criterion c on c.placement_id = p.id
                        where exists (select 1 from facilitation.counted_hours h where h.placement_id = p.id
                                      and h.month between :first and :last and h.hours > 0)
                        group by c.code order by people desc, c.code""")
                .param("first", first).param("last", last)
                .query((rs, row) -> byCriterion.put(rs.getString(1), rs.getLong(2))).list();

        Map<OutcomeCategory, Long> exits = new EnumMap<>(OutcomeCategory.class);
        for (OutcomeCategory category : OutcomeCategory.values()) {
            exits.put(category, 0L);
        }
        jdbc.sql("""
                        select e.outcome_category, count(*) as exits from facilitation.participant_exit e
                        where e.exit_date between :from and :to
                          and exists (select 1 from facilitation.placement p
                                      where p.participant_id = e.participant_id and p.start_date <= e.exit_date)
                        group by e.outcome_category""")
                .param("from", from).param("to", to)
                .query((rs, row) -> exits.put(OutcomeCategory.valueOf(rs.getString(1)), rs.getLong(2))).list();

        return new WorkFigures(total, peopleAndMissions[0], peopleAndMissions[1], byMonth, byModality, buyers, bySex,
                byAge, byResidence, byCriterion, exits);
    }

    private static BigDecimal scaled(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            map.put(value.name(), 0L);
        }
        map.put(WorkFigures.UNKNOWN, 0L);
        return map;
    }

    private static void dropEmptyUnknown(Map<String, Long> map) {
        if (map.get(WorkFigures.UNKNOWN) == 0L) {
            map.remove(WorkFigures.UNKNOWN);
        }
    }
}
