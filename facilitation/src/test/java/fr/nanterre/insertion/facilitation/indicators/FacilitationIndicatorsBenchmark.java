package fr.nanterre.insertion.facilitation.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import fr.nanterre.fixtures.NationalScale;
import fr.nanterre.insertion.facilitation.FacilitationIndicators;
import fr.nanterre.insertion.facilitation.WorkFigures;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12's target for pillar 4 (measured, not asserted): {@code FacilitationIndicators.between} at the national
 * network's 2021 sizes (as {@link NationalScale#facilitation()} writes them: 58,454 followed clauses of 400
 * buyers, 75,194 placements of 57,231 participants, each shared to one clause and working one to six months, about
 * 263,000 ledger lines and 25 M h in the year, 19,077 exits), the read model filled by migration V25's own SQL. Prints
 * p50/p95 over 20 warm runs, for the year and for 2009–2021, of the service, of the read model's bare SQL, and of
 * the base-table computation it replaced (the oracle), in the same run; checks that they agree; and times one hand
 * entry (the change and its refresh, in one transaction) and a full {@code rebuild}. Run with {@code mvn verify -pl
 * facilitation -am -Dgroups=benchmark -DexcludedGroups= -Dtest=FacilitationIndicatorsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "ADMIN"})
class FacilitationIndicatorsBenchmark {

    private static final int YEAR = 2021;
    private static final int RUNS = 20;

    @Autowired
    FacilitationIndicators indicators;
    @Autowired
    Ledger ledger;
    @Autowired
    CountingSettings settings;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void nationalScale() {
        long started = System.nanoTime();
        new NationalScale(jdbc, YEAR).facilitation();
        jdbc.sql("analyze").update();
        long written = System.nanoTime();
        transactions.executeWithoutResult(status -> MigrationFill.run(jdbc));
        long filled = System.nanoTime();
        jdbc.sql("analyze").update();
        System.out.printf(Locale.ROOT, "%nNational scale written in %d s (%s h counted in %d), read model filled by "
                        + "V25's SQL in %d ms; %d indicator_hours rows, %d indicator_people rows, %d indicator_criterion rows%n",
                (written - started) / 1_000_000_000, jdbc.sql("select sum(hours) from facilitation.hours_entry")
                        .query(BigDecimal.class).single(), YEAR, (filled - written) / 1_000_000,
                count("indicator_hours"), count("indicator_people"), count("indicator_criterion"));

        LocalDate from = LocalDate.of(YEAR, 1, 1);
        LocalDate to = LocalDate.of(YEAR, 12, 31);
        LocalDate since = LocalDate.of(2009, 1, 1);
        FacilitationIndicatorsOracle oracle = new FacilitationIndicatorsOracle(jdbc, settings);
        WorkFigures year = indicators.between(from, to);
        assertThat(year).isEqualTo(transactions.execute(status -> oracle.between(from, to)));
        assertThat(indicators.between(since, to)).isEqualTo(transactions.execute(status -> oracle.between(since, to)));
        assertThat(year.people()).isEqualTo(NationalScale.PARTICIPANTS);
        assertThat(year.missions()).isEqualTo(NationalScale.PLACEMENTS);

        List<String> lines = new ArrayList<>();
        for (LocalDate[] period : List.of(new LocalDate[]{from, to}, new LocalDate[]{since, to},
                new LocalDate[]{LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 5, 31)})) {
            String name = period[0] + " – " + period[1];
            Timing service = time(() -> indicators.between(period[0], period[1]));
            Timing bare = time(() -> transactions.execute(status -> bareReadModel(period[0], period[1])));
            Timing old = time(() -> transactions.execute(status -> oracle.between(period[0], period[1])));
            lines.add(String.format(Locale.ROOT, "%-25s service p50 %6.1f ms p95 %6.1f ms | read model bare SQL p50 %6.1f"
                            + " ms p95 %6.1f ms | old base-table SQL p50 %7.1f ms p95 %7.1f ms | service/bare %.2f,"
                            + " old/service %.0f", name, service.p50, service.p95, bare.p50, bare.p95, old.p50, old.p95,
                    service.p50 / bare.p50, old.p50 / service.p50));
        }

        UUID placement = jdbc.sql("""
                        select id from facilitation.placement where end_date >= date '2021-12-01' order by id limit 1""").query(UUID.class).single();
        List<Double> entries = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            ledger.enter(placement, YearMonth.of(YEAR, 12), new BigDecimal(80 + run));
            entries.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(entries);
        long rebuildStart = System.nanoTime();
        indicators.rebuild();
        long rebuilt = System.nanoTime();
        assertThat(indicators.between(from, to)).isEqualTo(transactions.execute(status -> oracle.between(from, to)));

        System.out.printf(Locale.ROOT, "%nFacilitationIndicators.between, %d warm runs each, load %s%n", RUNS,
                load());
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "Ledger.enter (one placement, its clause's progress and the read model): p50 %.1f"
                        + " ms p95 %.1f ms; rebuild of the whole read model: %d ms%n%n", entries.get(RUNS / 2),
                entries.get(RUNS * 95 / 100 - 1), (rebuilt - rebuildStart) / 1_000_000);
    }

    /** The read model's statement as the service runs it, without building the figures. */
    private int bareReadModel(LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate last = to.withDayOfMonth(1);
        return jdbc.sql(FacilitationIndicatorsService.FIGURES).param("first", first).param("last", last)
                .param("lastOrFirst", last).param("from", from).param("to", to).query().listOfRows().size();
    }

    private record Timing(double p50, double p95) {
    }

    private static Timing time(Supplier<?> work) {
        for (int run = 0; run < 3; run++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return new Timing(millis.get(RUNS / 2), millis.get(RUNS * 95 / 100 - 1));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from facilitation." + table).query(Long.class).single();
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
