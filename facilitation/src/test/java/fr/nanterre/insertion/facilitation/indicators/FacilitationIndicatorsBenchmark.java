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
 * network's 2021 sizes (as app's {@code NationalScale} writes facilitation's tables: 58,454 followed clauses of 400
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
    private static final int CONTRACTS = 58_454;
    private static final int PARTICIPANTS = 57_231;
    private static final int PLACEMENTS = 75_194;
    private static final int BUYERS = 400;
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
        write();
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
        assertThat(year.people()).isEqualTo(PARTICIPANTS);
        assertThat(year.missions()).isEqualTo(PLACEMENTS);

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

    /** Facilitation's tables as app's NationalScale writes them for a year. */
    private void write() {
        jdbc.sql("""
                insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer, lot_number,
                    lot_title, awardee_siret, target_hours, notified_on, duration_months)
                select md5('k' || i)::uuid, md5('c' || i)::uuid, 'NAT-' || i, 'Acheteur ' || (i % :buyers), 1,
                       'Lot ' || i, '7' || lpad((i % 9000)::text, 13, '0'), 500, make_date(:year, 1, 1) + i % 365, 24
                from generate_series(1, :contracts) i""")
                .param("year", YEAR).param("contracts", CONTRACTS).param("buyers", BUYERS).update();
        jdbc.sql("""
                insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                    employer_name, modality, start_date, end_date, eligible_at_start, validated_by, validated_at, version,
                    start_residence, start_sex, start_age_band)
                select md5('m' || j)::uuid, md5('p' || (1 + j % :participants))::uuid,
                       'P-' || :year || '-' || lpad((1 + j % :participants)::text, 6, '0'),
                       '7' || lpad((j % 9000)::text, 13, '0'), 'Employeur ' || (j % 9000),
                       (array['DIRECT_HIRE', 'PROVISION', 'SIAE_SUBCONTRACTING', 'SIAE_OWN_WORKFORCE'])[1 + j % 4],
                       make_date(:year, 1 + j % 7, 1), make_date(:year, 1 + j % 7, 1) + interval '6 months' - interval '1 day',
                       true, 'generator', timestamptz '2021-01-01 09:00+01', 0,
                       (array['NANTERRE_QPV', 'NANTERRE', 'ELSEWHERE'])[1 + j % 3], (array['FEMALE', 'MALE'])[1 + j % 2],
                       (array['UNDER_26', 'FROM_26_TO_49', 'FROM_50'])[1 + j % 3]
                from generate_series(1, :placements) j""")
                .param("year", YEAR).param("participants", PARTICIPANTS).param("placements", PLACEMENTS).update();
        jdbc.sql("""
                insert into facilitation.placement_share (placement_id, position, clause_id, percent)
                select md5('m' || j)::uuid, 0, md5('k' || (1 + j % :contracts))::uuid, 100
                from generate_series(1, :placements) j""")
                .param("contracts", CONTRACTS).param("placements", PLACEMENTS).update();
        jdbc.sql("""
                insert into facilitation.placement_criterion (placement_id, position, code, level, proof_date, valid_until)
                select md5('m' || j)::uuid, 0, (array['RSA', 'ASS', 'JOB_SEEKER_24_MONTHS', 'QPV_RESIDENT', 'RQTH'])[1 + j % 5],
                       case when j % 5 < 3 then 1 else 2 end, make_date(:year, 1, 1), make_date(:year, 4, 1)
                from generate_series(1, :placements) j""")
                .param("year", YEAR).param("placements", PLACEMENTS).update();
        jdbc.sql("""
                insert into facilitation.hours_entry (placement_id, month, hours, entered_by)
                select md5('m' || j)::uuid, make_date(:year, 1 + j % 7, 1) + make_interval(months => m),
                       60 + (j * 7 + m * 13) % 71, 'generator'
                from generate_series(1, :placements) j, generate_series(0, 5) m
                where m <= j % 6""")
                .param("year", YEAR).param("placements", PLACEMENTS).update();
        jdbc.sql("""
                insert into facilitation.participant_exit (pathway_id, participant_id, exit_date, outcome_category)
                select md5('w' || i)::uuid, md5('p' || i)::uuid, make_date(:year, 1, 1) + i % 365,
                       (array['DURABLE_JOB', 'TRANSITION_JOB', 'POSITIVE_EXIT', 'OTHER'])[1 + i % 4]
                from generate_series(1, :participants) i where i % 3 = 0""")
                .param("year", YEAR).param("participants", PARTICIPANTS).update();
        jdbc.sql("analyze").update();
    }
}
