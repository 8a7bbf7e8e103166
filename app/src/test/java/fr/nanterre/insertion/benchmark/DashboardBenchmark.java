package fr.nanterre.insertion.benchmark;

import static fr.nanterre.fixtures.Timings.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import fr.nanterre.fixtures.NationalScale;
import fr.nanterre.fixtures.Timings;
import fr.nanterre.insertion.Application;
import fr.nanterre.insertion.app.dashboard.PolicyDashboard;
import fr.nanterre.insertion.app.dashboard.PolicyFigures;
import fr.nanterre.insertion.facilitation.FacilitationIndicators;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.insertion.urbanrenewal.CharterIndicators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * The policy dashboard's server time on {@link NationalScale}'s year (2021): p50 and p95 over 20 runs of
 * {@link PolicyDashboard#figures} (the period, the same period a year earlier, and the work since 2009), for the
 * year and for all years since 2009, next to, in the same run:
 * <ul>
 *     <li>the same nine module calls one after the other in the caller's thread (what the dashboard did before
 *     it ran them at the same time), to show what the concurrency brings;</li>
 *     <li>the raw SQL aggregates of the same figures over the base tables ({@link #raw}).</li>
 * </ul>
 * Each module's own indicators benchmark compares its service with the same read-model statement run bare.
 * Goal: p95 ≤ 150 ms and ≤ 1.5 × the raw SQL. The two p95 rows also go to {@link RatioTable}. Run alone:
 * {@code mvn -o verify -pl app -am -DskipITs -Dgroups=benchmark -DexcludedGroups=
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=DashboardBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(classes = Application.class, properties = "insertion.embedded-postgres.ephemeral=true")
@ActiveProfiles("demo")
@ExtendWith(RatioTable.class)
class DashboardBenchmark {

    static final int YEAR = 2021;
    static final int SINCE = 2009;
    /** 20 runs (issue 12); fewer with {@code -Dbenchmark.runs=3} to try the benchmark on a busy machine. */
    static final int RUNS = Integer.getInteger("benchmark.runs", 20);
    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 3);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PolicyDashboard dashboard;
    @Autowired
    PartnerIndicators partners;
    @Autowired
    ProcurementIndicators procurement;
    @Autowired
    CharterIndicators charter;
    @Autowired
    FacilitationIndicators facilitation;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void theDashboardAtNationalScale() {
        transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        transactions.setReadOnly(true);
        System.out.println(new NationalScale(jdbc, YEAR).write());
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("bench", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"))));
        try {
            // the rows are written straight into the base tables: partners' and procurement's read models are kept
            // by the database's triggers; facilitation's is kept by its services, so it is counted again here
            long started = System.nanoTime();
            facilitation.rebuild();
            System.out.printf("facilitation's read model rebuilt in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            // the planner's statistics of what was just written, as autovacuum would take them
            jdbc.sql("analyze").update();
            System.out.println(RatioTable.machine());
            PolicyFigures year = dashboard.figures(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), SINCE);
            assertThat(year.current().work().missions()).isEqualTo(NationalScale.PLACEMENTS);
            assertThat(year.current().work().people()).isEqualTo(NationalScale.PARTICIPANTS);
            assertThat(year.current().procurement().contractsWithSocialConsideration())
                    .isEqualTo(NationalScale.CONTRACTS);
            System.out.printf("Year %d: %s h, %s ETP, %d people, %d missions, %d contracts%n", YEAR,
                    year.current().work().hours(), year.etp(year.current().work().hours()),
                    year.current().work().people(), year.current().work().missions(),
                    year.current().procurement().contractsWithSocialConsideration());

            measure("year " + YEAR, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
            measure("all years " + SINCE + "–" + YEAR, LocalDate.of(SINCE, 1, 1), LocalDate.of(YEAR, 12, 31));
        } finally {
            security.clearContext();
        }
    }

    private void measure(String label, LocalDate from, LocalDate to) {
        List<Long> server = times(() -> dashboard.figures(from, to, SINCE));
        List<Long> sequential = times(() -> oneAfterTheOther(from, to));
        List<Long> raw = times(() -> transactions.execute(status -> {
            raw(from, to);
            raw(from.minusYears(1), to.minusYears(1));
            rawWork(LocalDate.of(SINCE, 1, 1), to);
            return null;
        }));
        double serverP95 = percentile(server, 95);
        double rawP95 = percentile(raw, 95);
        System.out.printf(Locale.ROOT, "Dashboard, %s: p50 %.1f ms, p95 %.1f ms; the same calls one after the other "
                        + "p50 %.1f ms, p95 %.1f ms (concurrency gain p50 %.2f×)%n", label, percentile(server, 50),
                serverP95, percentile(sequential, 50), percentile(sequential, 95),
                percentile(sequential, 50) / percentile(server, 50));
        // the raw SQL runs one query after the other: the calls one after the other are its like-for-like
        System.out.printf(Locale.ROOT, "  ratio 1, to the raw SQL over the base tables: raw p50 %.1f ms, p95 %.1f ms; "
                        + "ratio p50 %.2f, p95 %.2f (the calls one after the other: p50 %.2f, p95 %.2f)%n",
                percentile(raw, 50), rawP95, percentile(server, 50) / percentile(raw, 50), serverP95 / rawP95,
                percentile(sequential, 50) / percentile(raw, 50), percentile(sequential, 95) / rawP95);
        // each module's indicators benchmark (PartnerIndicatorsBenchmark, ProcurementIndicatorsBenchmark,
        // FacilitationIndicatorsBenchmark) times its service against the same read-model statement run bare
        RatioTable.add("policy dashboard, " + label + " (p95 of " + RUNS + ")", serverP95,
                "raw SQL aggregates of the same figures over the base tables (p95)", rawP95, 1.5);
    }

    /** The nine module calls of {@link PolicyDashboard#figures}, one after the other, in this thread. */
    private Object oneAfterTheOther(LocalDate from, LocalDate to) {
        List<Object> figures = new ArrayList<>();
        for (LocalDate[] period : List.of(new LocalDate[] {from, to},
                new LocalDate[] {from.minusYears(1), to.minusYears(1)})) {
            figures.add(partners.between(period[0], period[1]));
            figures.add(procurement.between(period[0], period[1]));
            figures.add(facilitation.between(period[0], period[1]));
        }
        for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
            figures.add(charter.progress(year));
        }
        figures.add(facilitation.between(LocalDate.of(SINCE, 1, 1), to));
        return figures;
    }

    private static List<Long> times(Supplier<?> work) {
        return Timings.times(WARM_UP, RUNS, work);
    }

    /** The same figures as the four modules' indicators, as bare SQL aggregates. */
    private void raw(LocalDate from, LocalDate to) {
        rawWork(from, to);
        jdbc.sql("""
                        select (select count(*) from partners.structure where registered_at < cast(:next as date)),
                               (select count(distinct g.structure_id) from partners.grant_agreement g
                                join partners.structure s on s.id = g.structure_id
                                where g.year between :fromYear and :toYear
                                  and s.kind in ('ACI', 'AI', 'EI', 'ETTI', 'EITI')),
                               (select sum(amount) from partners.grant_agreement where year between :fromYear and :toYear),
                               (select sum(amount) from partners.grant_payment where paid_on between :from and :to),
                               (select sum(result_hours) from partners.yearly_objectives
                                where year between :fromYear and :toYear)""")
                .param("next", to.plusDays(1)).param("fromYear", from.getYear()).param("toYear", to.getYear())
                .param("from", from).param("to", to).query().listOfRows();
        jdbc.sql("select exit_category, count(*) from partners.pathway where exit_date between :from and :to group by 1")
                .param("from", from).param("to", to).query().listOfRows();
        jdbc.sql("""
                        select p.sex, p.qpv_resident, p.nanterre_resident, date_part('year', age(:to, p.birth_date)) >= 26,
                               count(*)
                        from partners.participant p
                        where exists (select 1 from partners.pathway w where w.participant_id = p.id
                                      and w.entry_date <= :to and (w.exit_date is null or w.exit_date >= :from))
                        group by grouping sets ((1), (2, 3), (4), ())""")
                .param("from", from).param("to", to).query().listOfRows();
        jdbc.sql("""
                        select c.criterion_code, count(distinct c.participant_id) from partners.participant_criterion c
                        where c.proof_date <= :to and exists (select 1 from partners.pathway w
                              where w.participant_id = c.participant_id and w.entry_date <= :to
                                and (w.exit_date is null or w.exit_date >= :from))
                        group by 1""")
                .param("from", from).param("to", to).query().listOfRows();
        jdbc.sql("""
                        select count(distinct c.id), count(distinct l.awardee_siret)
                        from procurement.contract c join procurement.lot l on l.contract_id = c.id
                        where c.notified_on between :from and :to
                          and (l.clause_id is not null or l.criterion_weight_percent is not null
                               or l.reservation <> 'NONE' or l.insertion_contract)""")
                .param("from", from).param("to", to).query().listOfRows();
        jdbc.sql("""
                        select c.buyer, count(*), sum(l.clause_target_hours), sum(coalesce(p.realised_hours, 0)),
                               count(*) filter (where coalesce(p.realised_hours, 0) < l.clause_target_hours
                                   * least(1, greatest(0, (:to - c.notified_on)::numeric
                                   / ((c.notified_on + make_interval(months => c.duration_months))::date - c.notified_on)))),
                               sum(greatest(0, l.clause_target_hours - coalesce(p.realised_hours, 0))
                                   * l.clause_penalty_per_hour) filter (where c.closed_on is not null)
                        from procurement.contract c join procurement.lot l on l.contract_id = c.id
                        left join procurement.clause_progress p on p.clause_id = l.clause_id
                        where l.clause_id is not null and c.notified_on <= :to
                          and (c.closed_on is null or c.closed_on >= :from)
                        group by c.buyer""")
                .param("from", from).param("to", to).query().listOfRows();
    }

    private void rawWork(LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate last = to.withDayOfMonth(1);
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                        select p.modality, h.month, sum(h.hours)
                        from facilitation.counted_hours h join facilitation.placement p on p.id = h.placement_id
                        where h.month between :first and :last group by p.modality, h.month""")
                .param("first", first).param("last", last).query().listOfRows();
        jdbc.sql("""
                        select c.buyer, sum(h.hours * s.percent / 100)
                        from facilitation.counted_hours h
                        join facilitation.placement_share s on s.placement_id = h.placement_id
                        join facilitation.followed_clause c on c.clause_id = s.clause_id
                        where h.month between :first and :last group by c.buyer""")
                .param("first", first).param("last", last).query().listOfRows();
        jdbc.sql("""
                        with placed as materialized (
                            select h.placement_id from facilitation.counted_hours h
                            where h.month between :first and :last and h.hours > 0 group by h.placement_id),
                        worked as (
                            select distinct on (p.participant_id) p.participant_id, p.start_sex, p.start_age_band,
                                   p.start_residence
                            from placed x join facilitation.placement p on p.id = x.placement_id
                            order by p.participant_id, p.start_date desc, p.id)
                        select 'MISSIONS', '', (select count(*) from placed)
                        union all select 'PEOPLE', '', count(*) from worked
                        union all select 'SEX', start_sex, count(*) from worked group by 2
                        union all select 'AGE_BAND', start_age_band, count(*) from worked group by 2
                        union all select 'RESIDENCE', start_residence, count(*) from worked group by 2
                        union all select 'CRITERION', c.code, count(distinct p.participant_id)
                                  from placed x join facilitation.placement p on p.id = x.placement_id
                                  join facilitation.placement_criterion c on c.placement_id = p.id group by 2""")
                .param("first", first).param("last", last).query().listOfRows();
        jdbc.sql("""
                        select e.outcome_category, count(*) from facilitation.participant_exit e
                        where e.exit_date between :from and :to and exists (select 1 from facilitation.placement p
                              where p.participant_id = e.participant_id and p.start_date <= e.exit_date)
                        group by 1""")
                .param("from", from).param("to", to).query().listOfRows();
    }
}
