package fr.nanterre.insertion.partners.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.StructureKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The oracle: partners' figures computed from the base tables with the set-based SQL the service ran before it
 * kept a read model (four queries over every participant and pathway). Tests compare the service to it.
 */
final class PartnerFiguresRecount {

    private static final String SIAE_KINDS = String.join("','", java.util.Arrays.stream(StructureKind.values())
            .filter(StructureKind::isSiae).map(Enum::name).toList());

    private final JdbcClient jdbc;

    PartnerFiguresRecount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PartnerFigures between(LocalDate from, LocalDate to) {
        Map<String, Object> support = jdbc.sql("""
                        select (select count(*) from partners.structure
                                where registered_at < cast(:next as date)) as structures,
                               (select count(distinct g.structure_id) from partners.grant_agreement g
                                join partners.structure s on s.id = g.structure_id
                                where g.year between :fromYear and :toYear and s.kind in ('%s')) as siae,
                               (select coalesce(sum(amount), 0) from partners.grant_agreement
                                where year between :fromYear and :toYear) as granted,
                               (select coalesce(sum(amount), 0) from partners.grant_payment
                                where paid_on between :from and :to) as paid,
                               (select coalesce(sum(result_hours), 0) from partners.yearly_objectives
                                where year between :fromYear and :toYear) as reported_hours""".formatted(SIAE_KINDS))
                .param("next", to.plusDays(1)).param("fromYear", from.getYear()).param("toYear", to.getYear())
                .param("from", from).param("to", to)
                .query().singleRow();

        Map<OutcomeCategory, Long> exits = new EnumMap<>(OutcomeCategory.class);
        for (OutcomeCategory category : OutcomeCategory.values()) {
            exits.put(category, 0L);
        }
        jdbc.sql("""
                        select exit_category, count(*) as exits from partners.pathway
                        where exit_date between :from and :to group by exit_category""")
                .param("from", from).param("to", to)
                .query((rs, row) -> exits.put(OutcomeCategory.valueOf(rs.getString(1)), rs.getLong(2))).list();

        // the participants in pathways, once each, with their profile: one pass with grouping sets
        long[] total = {0};
        Map<Sex, Long> bySex = zeros(Sex.values());
        Map<AgeBand, Long> byAge = zeros(AgeBand.values());
        Map<Residence, Long> byResidence = zeros(Residence.values());
        jdbc.sql("""
                        with people as (
                            select p.sex,
                                   case when p.birth_date > cast(:to as date) - interval '26 years' then 'UNDER_26'
                                        when p.birth_date > cast(:to as date) - interval '50 years' then 'FROM_26_TO_49'
                                        else 'FROM_50' end as age_band,
                                   case when not p.nanterre_resident then 'ELSEWHERE'
                                        when p.qpv_resident then 'NANTERRE_QPV' else 'NANTERRE' end as residence
                            from partners.participant p
                            where exists (select 1 from partners.pathway w where w.participant_id = p.id
                                          and w.entry_date <= :to and (w.exit_date is null or w.exit_date >= :from)))
                        select sex, age_band, residence, grouping(sex, age_band, residence) as level, count(*) as people
                        from people group by grouping sets ((sex), (age_band), (residence), ())""")
                .param("from", from).param("to", to)
                .query((rs, row) -> {
                    long people = rs.getLong("people");
                    switch (rs.getInt("level")) {
                        case 3 -> bySex.put(Sex.valueOf(rs.getString("sex")), people);
                        case 5 -> byAge.put(AgeBand.valueOf(rs.getString("age_band")), people);
                        case 6 -> byResidence.put(Residence.valueOf(rs.getString("residence")), people);
                        default -> total[0] = people;
                    }
                    return row;
                }).list();

        Map<String, Long> byCriterion = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.code, count(distinct c.participant_id) as people
                        from partners.eligibility_criterion e
                        join partners.participant_criterion c on c.criterion_code = e.code and c.proof_date <= :to
                        where exists (select 1 from partners.pathway w where w.participant_id = c.participant_id
                                      and w.entry_date <= :to and (w.exit_date is null or w.exit_date >= :from))
                        group by e.code, e.display_order order by e.display_order""")
                .param("from", from).param("to", to)
                .query((rs, row) -> byCriterion.put(rs.getString(1), rs.getLong(2))).list();

        return new PartnerFigures(((Number) support.get("structures")).longValue(),
                ((Number) support.get("siae")).longValue(), (BigDecimal) support.get("granted"),
                (BigDecimal) support.get("paid"),
                ((Number) support.get("reported_hours")).longValue(), total[0], exits, bySex, byAge, byResidence, byCriterion);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(E[] values) {
        Map<E, Long> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(value, 0L);
        }
        return map;
    }
}
