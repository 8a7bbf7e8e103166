package fr.nanterre.insertion.partners.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.platform.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' figures in one statement that reads a few hundred rows whatever the number of participants: the
 * participants in pathways come from the read model {@code presence_*} (migration V13), kept by triggers in the
 * transaction of every change, as prefix counts of dated events plus the few spans that ended before the period or
 * left a gap inside it, and the SIAE supported from {@code siae_years} (docs/decisions/0031). The set-based computation from the base tables it replaces is kept
 * in the tests as the oracle ({@code PartnerFiguresRecount}).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.VIEWER + "', '" + Roles.PARTNERS + "')")
class PartnerIndicatorsService implements PartnerIndicators {

    /** Events on or before :x of the given kinds, from the yearly, monthly and daily counts. */
    private static final String PREFIX = """
            select '%1$s' as term, kind, key, n from partners.presence_count
            where grain = 'Y' and day < cast(:%1$sYearStart as date) and kind in (%2$s)
            union all
            select '%1$s', kind, key, n from partners.presence_count
            where grain = 'M' and day >= cast(:%1$sYearStart as date) and day < cast(:%1$sMonthStart as date) and kind in (%2$s)
            union all
            select '%1$s', kind, key, n from partners.presence_count
            where grain = 'D' and day >= cast(:%1$sMonthStart as date) and day <= cast(:%1$s as date) and kind in (%2$s)""";

    private static final String FIGURES = """
            with counts as (
            %s
            union all
            %s
            union all
            %s
            union all
            -- spans ended before the period (their people are counted by the starts, then taken away)
            select 'minus', 3, 0, count(*) from partners.presence_span
            where exit_day < cast(:from as date) and from_26 <= cast(:to as date)
            union all
            select 'minus', 4, 0, count(*) from partners.presence_span
            where exit_day < cast(:from as date) and from_50 <= cast(:to as date)
            union all
            select 'minus', 5, c.display_order, count(*) from partners.presence_span s
            join partners.presence_criterion c on c.participant_id = s.participant_id
            where s.exit_day < cast(:from as date) and c.since <= cast(:to as date) group by c.display_order
            union all
            -- gaps between two spans of one person, both in the period (the person is counted once)
            select 'minus', 1, sex * 3 + residence, count(*) from partners.presence_span
            where next_entry is not null and exit_day >= cast(:from as date) and next_entry <= cast(:to as date)
            group by sex, residence
            union all
            select 'minus', 3, 0, count(*) from partners.presence_span
            where next_entry is not null and exit_day >= cast(:from as date) and next_entry <= cast(:to as date)
              and from_26 <= cast(:to as date)
            union all
            select 'minus', 4, 0, count(*) from partners.presence_span
            where next_entry is not null and exit_day >= cast(:from as date) and next_entry <= cast(:to as date)
              and from_50 <= cast(:to as date)
            union all
            select 'minus', 5, c.display_order, count(*) from partners.presence_span s
            join partners.presence_criterion c on c.participant_id = s.participant_id
            where s.next_entry is not null and s.exit_day >= cast(:from as date)
              and s.next_entry <= cast(:to as date) and c.since <= cast(:to as date)
            group by c.display_order
            union all
            select 'support', 0, 0, count(*) from partners.structure where registered_at < cast(:next as date)
            union all
            select 'support', 1, 0,
                   coalesce(sum(n) filter (where next_year = 0 and first_year between :fromYear and :toYear), 0)
                   - coalesce(sum(n) filter (where next_year > 0 and first_year >= :fromYear
                                             and next_year <= :toYear), 0)
            from partners.siae_years
            union all
            select 'support', 2, 0, coalesce(sum(amount), 0) from partners.grant_agreement
            where year between :fromYear and :toYear
            union all
            select 'support', 3, 0, coalesce(sum(amount), 0) from partners.grant_payment
            where paid_on between cast(:from as date) and cast(:to as date)
            union all
            select 'support', 4, 0, coalesce(sum(result_hours), 0) from partners.yearly_objectives
            where year between :fromYear and :toYear)
            select c.term, c.kind, c.key, sum(c.n) as n, e.code from counts c
            left join partners.eligibility_criterion e on c.kind = 5 and e.display_order = c.key
            group by c.term, c.kind, c.key, e.code, e.display_order
            order by e.display_order""".formatted(
            PREFIX.formatted("to", "1, 3, 4, 5, 6"), PREFIX.formatted("from", "2"),
            PREFIX.formatted("before", "6"));

    private final JdbcClient jdbc;

    PartnerIndicatorsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@inheritDoc} Fresh: the read model changes in the transaction that changes a participant, a pathway or a
     * criterion, so the figures include every committed change.
     */
    @Override
    @Transactional(readOnly = true)
    public PartnerFigures between(LocalDate from, LocalDate to) {
        Figures figures = new Figures();
        statement(jdbc, from, to).query((rs, row) -> {
            figures.add(rs.getString("term"), rs.getInt("kind"), rs.getInt("key"), rs.getBigDecimal("n"),
                    rs.getString("code"));
            return row;
        }).list();
        return figures.toFigures();
    }

    /** The one statement of {@link #between}, bound (the benchmark runs it bare). */
    static JdbcClient.StatementSpec statement(JdbcClient jdbc, LocalDate from, LocalDate to) {
        JdbcClient.StatementSpec query = jdbc.sql(FIGURES)
                .param("next", to.plusDays(1)).param("fromYear", from.getYear()).param("toYear", to.getYear())
                .param("from", from).param("to", to);
        query = prefixParams(query, "to", to);
        query = prefixParams(query, "from", from);
        return prefixParams(query, "before", from.minusDays(1));
    }

    private static JdbcClient.StatementSpec prefixParams(JdbcClient.StatementSpec query, String name, LocalDate x) {
        return query.param(name, x).param(name + "YearStart", x.withDayOfYear(1))
                .param(name + "MonthStart", x.withDayOfMonth(1));
    }

    /** Adds up the statement's rows: events by the period's end, less those before it, less the remainders. */
    private static final class Figures {

        private static final int GROUPS = Sex.values().length * Residence.values().length;

        private final long[] people = new long[GROUPS];
        private long from26;
        private long from50;
        private final Map<Integer, Long> criteria = new TreeMap<>();
        private final Map<Integer, String> codes = new TreeMap<>();
        private final long[] exits = new long[OutcomeCategory.values().length];
        private final Map<Integer, Number> support = new TreeMap<>();

        void add(String term, int kind, int key, BigDecimal value, String code) {
            long n = value.longValue();
            switch (term) {
                case "support" -> support.put(kind, value);
                case "to" -> add(kind, key, n, code);
                case "from" -> add(kind, key, -n, code); // kind 2: spans ended before the period
                case "minus" -> add(kind, key, -n, code);
                case "before" -> exits[key] -= n;
                default -> throw new IllegalStateException(term);
            }
        }

        private void add(int kind, int key, long n, String code) {
            switch (kind) {
                case 1, 2 -> people[key] += n;
                case 3 -> from26 += n;
                case 4 -> from50 += n;
                case 5 -> {
                    criteria.merge(key, n, Long::sum);
                    if (code != null) {
                        codes.put(key, code);
                    }
                }
                case 6 -> exits[key] += n;
                default -> throw new IllegalStateException("kind " + kind);
            }
        }

        PartnerFigures toFigures() {
            long total = 0;
            Map<Sex, Long> bySex = new LinkedHashMap<>();
            Map<Residence, Long> byResidence = new LinkedHashMap<>();
            for (Sex sex : Sex.values()) {
                bySex.put(sex, 0L);
            }
            for (Residence residence : Residence.values()) {
                byResidence.put(residence, 0L);
            }
            for (int group = 0; group < GROUPS; group++) {
                Sex sex = Sex.values()[group / Residence.values().length];
                Residence residence = Residence.values()[group % Residence.values().length];
                bySex.merge(sex, people[group], Long::sum);
                byResidence.merge(residence, people[group], Long::sum);
                total += people[group];
            }
            Map<AgeBand, Long> byAge = new LinkedHashMap<>();
            byAge.put(AgeBand.UNDER_26, total - from26);
            byAge.put(AgeBand.FROM_26_TO_49, from26 - from50);
            byAge.put(AgeBand.FROM_50, from50);
            Map<String, Long> byCriterion = new LinkedHashMap<>();
            criteria.forEach((order, n) -> {
                if (n > 0) {
                    byCriterion.put(codes.get(order), n);
                }
            });
            Map<OutcomeCategory, Long> exitsByCategory = new EnumMap<>(OutcomeCategory.class);
            for (OutcomeCategory category : OutcomeCategory.values()) {
                exitsByCategory.put(category, exits[category.ordinal()]);
            }
            return new PartnerFigures(support.get(0).longValue(), support.get(1).longValue(),
                    (BigDecimal) support.get(2), (BigDecimal) support.get(3), support.get(4).longValue(), total,
                    exitsByCategory, bySex, byAge, byResidence, byCriterion);
        }
    }
}
