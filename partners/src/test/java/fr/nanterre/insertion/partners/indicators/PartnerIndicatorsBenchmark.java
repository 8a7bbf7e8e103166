package fr.nanterre.insertion.partners.indicators;

import static fr.nanterre.fixtures.Timings.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import fr.nanterre.fixtures.NationalScale;
import fr.nanterre.fixtures.Timings;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.PartnerIndicators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link PartnerIndicators#between} at the national scale, partners' tables as {@link NationalScale#partners()}
 * writes them (4,000 structures, the SIAE among them with a grant, a payment and yearly results; 57,231 participants
 * with a pathway each, a third exited in the year; one criterion each): p50 and p95 over 20 warm runs for the year
 * 2021 and for 2009–2021, next to the bare SQL of the full computation from the base tables
 * ({@link PartnerFiguresRecount}) and next to the service's own statement run bare, in the same run. Goal: p95 ≤
 * 20 ms. Run alone:
 * {@code mvn -o verify -pl partners -am -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=PartnerIndicatorsBenchmark}.
 */
@Tag("benchmark")
@ApplicationModuleTest
@WithMockUser(roles = "VIEWER")
class PartnerIndicatorsBenchmark {

    static final int YEAR = 2021;
    static final int SINCE = 2009;
    static final int RUNS = 20;
    static final int WARM_UP = 5;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PartnerIndicators indicators;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void partnerIndicatorsAtNationalScale() {
        long started = System.nanoTime();
        new NationalScale(jdbc, YEAR).partners();
        jdbc.sql("analyze").update();
        System.out.printf(Locale.ROOT, "%nNational scale (partners) written in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        PartnerFiguresRecount recount = new PartnerFiguresRecount(jdbc);

        LocalDate from = LocalDate.of(YEAR, 1, 1);
        LocalDate to = LocalDate.of(YEAR, 12, 31);
        PartnerFigures year = indicators.between(from, to);
        assertThat(year).isEqualTo(readOnly.execute(status -> recount.between(from, to)));
        assertThat(year.structures()).isEqualTo(NationalScale.STRUCTURES);
        assertThat(year.participantsInPathways()).isEqualTo(NationalScale.PARTICIPANTS);
        System.out.println("Year " + YEAR + ": " + year);
        PartnerFigures all = indicators.between(LocalDate.of(SINCE, 1, 1), to);
        assertThat(all).isEqualTo(readOnly.execute(status -> recount.between(LocalDate.of(SINCE, 1, 1), to)));

        measure("year " + YEAR, from, to, readOnly, recount);
        measure("years " + SINCE + "–" + YEAR, LocalDate.of(SINCE, 1, 1), to, readOnly, recount);
    }

    private void measure(String label, LocalDate from, LocalDate to, TransactionTemplate readOnly,
                         PartnerFiguresRecount recount) {
        List<Long> service = times(() -> indicators.between(from, to));
        List<Long> statement = times(() -> PartnerIndicatorsService.statement(jdbc, from, to).query().listOfRows());
        List<Long> bare = times(() -> readOnly.execute(status -> recount.between(from, to)));
        System.out.printf(Locale.ROOT, "PartnerIndicators.between, %s: p50 %.1f ms, p95 %.1f ms; "
                        + "its one statement run bare p50 %.1f ms, p95 %.1f ms (ratio p95 %.2f); "
                        + "bare SQL of the full computation from the base tables p50 %.1f ms, p95 %.1f ms "
                        + "(ratio p95 %.2f)%n",
                label, percentile(service, 50), percentile(service, 95), percentile(statement, 50),
                percentile(statement, 95), percentile(service, 95) / percentile(statement, 95),
                percentile(bare, 50), percentile(bare, 95), percentile(service, 95) / percentile(bare, 95));
    }

    private static List<Long> times(Supplier<?> work) {
        return Timings.times(WARM_UP, RUNS, work);
    }
}
