package fr.nanterre.insertion.facilitation.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.procurement.Modality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A year's results, read from facilitation's own tables: the ledger, the placements and the copy of the exits. */
@Component
class YearResults {

    /** The counted hours (with the coefficients) and the people who worked them. */
    record Counted(BigDecimal hours, int people) {
    }

    private final JdbcClient jdbc;
    private final CountingSettings settings;

    YearResults(JdbcClient jdbc, CountingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Hours of the year's months entered by hand or from a validated statement; people with more than 0 h. */
    Counted counted(int year) {
        BigDecimal[] hours = {BigDecimal.ZERO};
        int[] people = {0};
        // one pass: a row per modality (its hours take its coefficient), and the empty grouping set for the people
        jdbc.sql("""
                        select p.modality, grouping(p.modality) as all_modalities, coalesce(sum(h.hours), 0) as hours,
                               count(distinct p.participant_id) filter (where h.hours > 0) as people
                        from facilitation.counted_hours h
                        join facilitation.placement p on p.id = h.placement_id
                        where h.month >= :first and h.month < :next
                        group by grouping sets ((p.modality), ())""")
                .param("first", LocalDate.of(year, 1, 1)).param("next", LocalDate.of(year + 1, 1, 1))
                .query((rs, row) -> {
                    if (rs.getInt("all_modalities") == 1) {
                        people[0] = rs.getInt("people");
                    } else {
                        Modality modality = Modality.valueOf(rs.getString("modality"));
                        hours[0] = hours[0].add(rs.getBigDecimal("hours").multiply(settings.coefficient(modality)));
                    }
                    return row;
                })
                .list();
        return new Counted(hours[0].setScale(2, RoundingMode.HALF_UP), people[0]);
    }

    int placementsStarted(int year) {
        return jdbc.sql("select count(*) from facilitation.placement where start_date between :first and :last")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(Integer.class).single();
    }

    /** Exits dated in the year of participants who had started a placement by the exit date, per category. */
    Map<OutcomeCategory, Integer> exits(int year) {
        Map<OutcomeCategory, Integer> exits = new EnumMap<>(OutcomeCategory.class);
        jdbc.sql("""
                        select e.outcome_category, count(*) as exits from facilitation.participant_exit e
                        where e.exit_date between :first and :last
                          and exists (select 1 from facilitation.placement p
                                      where p.participant_id = e.participant_id and p.start_date <= e.exit_date)
                        group by e.outcome_category""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, row) -> exits.put(OutcomeCategory.valueOf(rs.getString("outcome_category")),
                        rs.getInt("exits")))
                .list();
        return exits;
    }
}
