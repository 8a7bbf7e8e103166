package fr.nanterre.insertion.facilitation.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.nanterre.insertion.facilitation.WorkFigures;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.Modality;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The oracle of the read model: the full computation from the ledger's tables that {@code FacilitationIndicators}
 * ran before decision 0029 (four set-based queries: the hours by modality and month, by modality and buyer, the
 * missions and the people with their profile and criteria, and the exits), kept as it was. 1.2 to 3 s at national
 * scale; the read model must give the same figures.
 */
final class FacilitationIndicatorsOracle {

    private final JdbcClient jdbc;
    private final CountingSettings settings;

    FacilitationIndicatorsOracle(JdbcClient jdbc, CountingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Runs in the caller's transaction (its {@code set local work_mem} needs one). */
    WorkFigures between(LocalDate from, LocalDate to) {
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
        // sorts and hashes of a national year's ledger (hundreds of thousands of rows) stay in memory
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                        select p.modality, h.month, sum(h.hours) as hours
                        from facilitation.counted_hours h join facilitation.placement p on p.id = h.placement_id
                        where h.month between :first and :last
                        group by p.modality, h.month""")
                .param("first", first).param("last", last)
                .query((rs, row) -> {
                    Modality modality = Modality.valueOf(rs.getString("modality"));
                    BigDecimal hours = rs.getBigDecimal("hours").multiply(settings.coefficient(modality));
                    byMonth.merge(YearMonth.from(rs.getObject("month", LocalDate.class)), hours, BigDecimal::add);
                    byModality.merge(modality, hours, BigDecimal::add);
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

        // the placements with hours in the period once, then the missions, the people (each with the profile of
        // their latest placement of the period) and the criteria, in one statement
        long[] peopleAndMissions = {0, 0};
        Map<String, Long> bySex = zeros(Sex.values());
        Map<String, Long> byAge = zeros(AgeBand.values());
        Map<String, Long> byResidence = zeros(Residence.values());
        Map<String, Long> byCriterion = new LinkedHashMap<>();
        jdbc.sql("""
                        with placed as materialized (
                            select h.placement_id from facilitation.counted_hours h
                            where h.month between :first and :last and h.hours > 0 group by h.placement_id),
                        worked as (
                            select distinct on (p.participant_id) p.participant_id,
                                   coalesce(p.start_sex, 'UNKNOWN') as sex,
                                   coalesce(p.start_age_band, 'UNKNOWN') as age_band,
                                   coalesce(p.start_residence, 'UNKNOWN') as residence
                            from placed x join facilitation.placement p on p.id = x.placement_id
                            order by p.participant_id, p.start_date desc, p.id)
                        select 'MISSIONS' as dimension, '' as key, (select count(*) from placed) as n
                        union all select 'PEOPLE', '', count(*) from worked
                        union all select 'SEX', sex, count(*) from worked group by sex
                        union all select 'AGE_BAND', age_band, count(*) from worked group by age_band
                        union all select 'RESIDENCE', residence, count(*) from worked group by residence
                        union all (select 'CRITERION', c.code, count(distinct p.participant_id)
                                   from placed x join facilitation.placement p on p.id = x.placement_id
                                   join facilitation.placement_criterion c on c.placement_id = p.id
                                   group by c.code order by 3 desc, 2)""")
                .param("first", first).param("last", last)
                .query((rs, row) -> {
                    String key = rs.getString("key");
                    long count = rs.getLong("n");
                    switch (rs.getString("dimension")) {
                        case "MISSIONS" -> peopleAndMissions[1] = count;
                        case "PEOPLE" -> peopleAndMissions[0] = count;
                        case "SEX" -> bySex.merge(key, count, Long::sum);
                        case "AGE_BAND" -> byAge.merge(key, count, Long::sum);
                        case "RESIDENCE" -> byResidence.merge(key, count, Long::sum);
                        default -> byCriterion.put(key, count);
                    }
                    return row;
                }).list();
        dropEmptyUnknown(bySex);
        dropEmptyUnknown(byAge);
        dropEmptyUnknown(byResidence);

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
