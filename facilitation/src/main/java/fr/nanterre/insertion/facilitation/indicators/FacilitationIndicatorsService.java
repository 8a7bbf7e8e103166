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
import fr.nanterre.insertion.facilitation.ledger.IndicatorRows;
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
 * Reads the ledger's read model ({@code indicator_*}, migration V25, kept by {@code IndicatorRows} in the transaction
 * of each change, decision 0029): the hours by month, modality and buyer; the placements that worked, counted by
 * identical months and profile; the criteria likewise; the exits of placed participants. A few thousand rows for a
 * national year, whatever the number of ledger lines.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.VIEWER + "', '" + Roles.FACILITATOR + "')")
class FacilitationIndicatorsService implements FacilitationIndicators {

    /**
     * The figures of a period in one statement, one round trip: the hours by modality and month and by modality
     * and buyer (one scan with grouping sets); the placements that worked, counted by identical months and
     * profile: each person once, with the profile of the first of their placements (latest start first) that
     * worked in the period, the one whose shadow (the months of the placements before it) misses the period; the
     * criteria likewise; the exits. Criteria come most people first.
     */
    static final String FIGURES = """
                        with period as (select daterange(:first, :lastOrFirst, '[]') as months),
                        hours as (
                            select modality, month, buyer, sum(hours) as hours from facilitation.indicator_hours
                            where month between :first and :last
                            group by grouping sets ((modality, month), (modality, buyer))),
                        people as (
                            select sex, age_band, residence, sum(n.placements) as missions,
                                   coalesce(sum(n.placements) filter (where not n.shadow && period.months), 0) as people
                            from facilitation.indicator_people n, period where n.worked && period.months
                            group by grouping sets ((sex), (age_band), (residence), ()))
                        select 'MONTH' as dimension, modality, cast(month as text) as key, hours, 0 as n, 0 as missions
                        from hours where month is not null
                        union all
                        select 'BUYER', modality, buyer, hours, 0, 0 from hours where buyer is not null and buyer <> ''
                        union all
                        select case when sex is not null then 'SEX' when age_band is not null then 'AGE_BAND'
                                    when residence is not null then 'RESIDENCE' else 'PEOPLE' end,
                               '', coalesce(sex, age_band, residence, ''), 0, people, missions from people
                        union all
                        select 'CRITERION', '', c.code, 0, sum(c.placements), 0
                        from facilitation.indicator_criterion c, period
                        where c.worked && period.months and not c.shadow && period.months group by c.code
                        union all
                        select 'EXIT', '', outcome_category, 0, count(*), 0 from facilitation.indicator_exit
                        where exit_date between :from and :to group by outcome_category
                        order by 1, 5 desc, 3""";

    private final JdbcClient jdbc;
    private final CountingSettings settings;
    private final IndicatorRows rows;

    FacilitationIndicatorsService(JdbcClient jdbc, CountingSettings settings, IndicatorRows rows) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.rows = rows;
    }

    @Override
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void rebuild() {
        rows.rebuild();
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
        Map<String, BigDecimal> byBuyer = new LinkedHashMap<>();
        Map<String, Long> bySex = zeros(Sex.values());
        Map<String, Long> byAge = zeros(AgeBand.values());
        Map<String, Long> byResidence = zeros(Residence.values());
        Map<String, Long> byCriterion = new LinkedHashMap<>();
        Map<OutcomeCategory, Long> exits = new EnumMap<>(OutcomeCategory.class);
        for (OutcomeCategory category : OutcomeCategory.values()) {
            exits.put(category, 0L);
        }
        jdbc.sql(FIGURES)
                .param("first", first).param("last", last).param("lastOrFirst", last.isBefore(first) ? first : last)
                .param("from", from).param("to", to)
                .query((rs, row) -> {
                    String key = rs.getString("key");
                    long count = rs.getLong("n");
                    switch (rs.getString("dimension")) {
                        case "MONTH" -> {
                            Modality modality = Modality.valueOf(rs.getString("modality"));
                            BigDecimal hours = rs.getBigDecimal("hours").multiply(settings.coefficient(modality));
                            byMonth.merge(YearMonth.parse(key.substring(0, 7)), hours, BigDecimal::add);
                            byModality.merge(modality, hours, BigDecimal::add);
                        }
                        case "BUYER" -> byBuyer.merge(key, rs.getBigDecimal("hours")
                                .multiply(settings.coefficient(Modality.valueOf(rs.getString("modality")))),
                                BigDecimal::add);
                        case "PEOPLE" -> {
                            peopleAndMissions[0] = count;
                            peopleAndMissions[1] = rs.getLong("missions");
                        }
                        case "SEX" -> bySex.merge(key, count, Long::sum);
                        case "AGE_BAND" -> byAge.merge(key, count, Long::sum);
                        case "RESIDENCE" -> byResidence.merge(key, count, Long::sum);
                        case "CRITERION" -> byCriterion.put(key, count); // most people first, as ordered
                        default -> exits.put(OutcomeCategory.valueOf(key), count);
                    }
                    return row;
                }).list();

        BigDecimal total = scaled(byModality.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        byMonth.replaceAll((month, hours) -> scaled(hours));
        byModality.replaceAll((modality, hours) -> scaled(hours));
        byBuyer.replaceAll((buyer, hours) -> scaled(hours));
        BigDecimal shared = byBuyer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> buyers = new LinkedHashMap<>();
        byBuyer.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> buyers.put(e.getKey(), e.getValue()));
        if (total.compareTo(shared) > 0) {
            buyers.put(WorkFigures.NO_CLAUSE, total.subtract(shared));
        }
        if (last.isBefore(first)) {
            peopleAndMissions[0] = peopleAndMissions[1] = 0;
            byCriterion.clear();
            bySex.replaceAll((k, v) -> 0L);
            byAge.replaceAll((k, v) -> 0L);
            byResidence.replaceAll((k, v) -> 0L);
        }
        dropEmptyUnknown(bySex);
        dropEmptyUnknown(byAge);
        dropEmptyUnknown(byResidence);

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
