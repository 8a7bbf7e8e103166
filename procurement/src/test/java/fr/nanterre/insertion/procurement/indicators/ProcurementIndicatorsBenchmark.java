package fr.nanterre.insertion.procurement.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.nanterre.fixtures.NationalScale;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * {@link ProcurementIndicators#between} at the national scale (issue 12: at most 20 ms p95, warm): 58,454 contracts
 * notified in 2021, each with one lot and an execution clause of 500 h and its progress (0 to 699 h), 400 buyers,
 * written by {@link NationalScale#procurement()}. Prints p50/p95 of 20 runs for the year and for 2009–2021, next to
 * the service's statements run bare and to the full computation the figures replaced (the query of the contracts and
 * lots judged by Compliance in Java), and what the first call after a change costs. Left out
 * of the usual build: {@code mvn verify -pl procurement -am -Dgroups=benchmark -DexcludedGroups=
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ProcurementIndicatorsBenchmark}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = Roles.VIEWER)
class ProcurementIndicatorsBenchmark {

    private static final int YEAR = 2021;
    private static final int RUNS = 20;

    @Autowired
    ProcurementIndicators indicators;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void nationalScale() {
        if (jdbc.sql("select count(*) from procurement.contract where reference like 'NAT-%'").query(Long.class)
                .single() > 0) {
            return;
        }
        long start = System.nanoTime();
        new NationalScale(jdbc, YEAR).procurement();
        jdbc.sql("analyze").update();
        System.out.printf("%nNational scale: %,d contracts written (with their kept figures) in %,d ms%n",
                NationalScale.CONTRACTS, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void theFiguresOfAYearAndOfThirteenYearsTakeAFewMilliseconds() {
        LocalDate yearStart = LocalDate.of(YEAR, 1, 1);
        LocalDate yearEnd = LocalDate.of(YEAR, 12, 31);
        LocalDate since = LocalDate.of(2009, 1, 1);
        FullComputation full = new FullComputation(jdbc);
        assertThat(indicators.between(yearStart, yearEnd)).isEqualTo(full.between(yearStart, yearEnd, yearEnd));
        assertThat(indicators.between(since, yearEnd)).isEqualTo(full.between(since, yearEnd, yearEnd));
        assertThat(indicators.between(yearStart, yearEnd).clauses()).isEqualTo(NationalScale.CONTRACTS);

        System.out.printf("%nProcurementIndicators.between at national scale, %d runs after 5 warm-up runs (%s)%n",
                RUNS, machine());
        System.out.printf("%-34s %10s %10s%n", "", "p50 ms", "p95 ms");
        row("service, 2021", () -> indicators.between(yearStart, yearEnd));
        row("bare SQL, 2021", () -> bareSql(yearStart, yearEnd));
        row("full computation (before), 2021", () -> full.between(yearStart, yearEnd, yearEnd));
        row("service, 2009-2021", () -> indicators.between(since, yearEnd));
        row("bare SQL, 2009-2021", () -> bareSql(since, yearEnd));
        row("full computation (before), 2009-2021", () -> full.between(since, yearEnd, yearEnd));

        // the first call after a change counts the totals again
        List<Double> recounts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            jdbc.sql("update procurement.clause_progress set people = people where clause_id = md5('k1')::uuid").update();
            long start = System.nanoTime();
            indicators.between(yearStart, yearEnd);
            recounts.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf("%-34s %10.1f (median of 5, each after a change)%n", "first call after a change",
                recounts.stream().sorted().toList().get(2));
    }

    /** The service's three statements on the kept totals, bare: no transaction, no security, no mapping. */
    private void bareSql(LocalDate from, LocalDate to) {
        jdbc.sql("""
                        select cut.name, t.*
                        from (values ('to', cast(:to as date)), ('before', cast(:before as date)),
                                     ('day', cast(:day as date)), ('dayBefore', cast(:dayBefore as date))) cut (name, day)
                        left join lateral (select * from procurement.figures_day f where f.day <= cut.day
                                           order by f.day desc limit 1) t on true""")
                .param("to", to).param("before", from.minusDays(1)).param("day", to)
                .param("dayBefore", to.minusDays(1)).query().listOfRows();
        jdbc.sql("""
                        select count(*) from procurement.figures_company
                        where first_day <= :to and last_day >= :from
                          and (first_day >= :from or last_day <= :to
                               or exists (select 1 from unnest(days) d where d between :from and :to))""")
                .param("from", from).param("to", to).query(Long.class).single();
        jdbc.sql("""
                        select b.buyer,
                               case when b.last_day <= :to then b.n_clauses else coalesce(t.n_clauses, 0) end
                                   - coalesce(c.c_clauses, 0),
                               case when b.last_day <= :to then b.n_target else coalesce(t.n_target, 0) end
                                   - coalesce(c.c_target, 0),
                               case when b.last_day <= :to then b.n_realised else coalesce(t.n_realised, 0) end
                                   - coalesce(c.c_realised, 0)
                        from procurement.figures_buyer b
                        left join lateral (select n_clauses, n_target, n_realised from procurement.figures_buyer_day s
                                           where b.last_day > :to and s.buyer = b.buyer and s.day <= :to
                                           order by s.day desc limit 1) t on true
                        left join lateral (select c_clauses, c_target, c_realised from procurement.figures_buyer_day s
                                           where b.first_closed < :from and s.buyer = b.buyer and s.day < :from
                                           order by s.day desc limit 1) c on true""")
                .param("from", from).param("to", to).query().listOfRows();
    }

    private static void row(String label, Runnable call) {
        for (int i = 0; i < 5; i++) {
            call.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf("%-34s %10.1f %10.1f%n", label, sorted.get(RUNS / 2 - 1),
                sorted.get((int) Math.ceil(RUNS * 0.95) - 1));
    }

    private static String machine() {
        return "%d cores, load average %.1f".formatted(Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
