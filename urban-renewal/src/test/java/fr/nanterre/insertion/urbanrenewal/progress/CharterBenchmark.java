package fr.nanterre.insertion.urbanrenewal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.ClauseWork;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.WorkedHours;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scale target of the urban-renewal issue, measured (not asserted): 2 projects, 300 operations, 6,000 linked lots
 * and the hours of 20,000 clauses. Prints the median time of a project's progress (operations, owners and total) and
 * of a yearly report, next to the bare aggregate query doing the same sums on the same rows, and the time to apply
 * one count of every clause next to a bare insert of the same rows. Run with {@code mvn verify -pl urban-renewal -am
 * -Dgroups=benchmark -DexcludedGroups= -Dtest=CharterBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@WithMockUser(username = "bench", roles = "URBAN_RENEWAL")
class CharterBenchmark {

    private static final int OPERATIONS = 300;
    private static final int LOTS_PER_OPERATION = 20;
    private static final int CLAUSES = 20_000;
    private static final int PLACEMENTS_PER_CLAUSE = 5;
    private static final int RUNS = 20;

    @Autowired
    CharterProgress progress;
    @Autowired
    ClauseWorkCopy clauseWorkCopy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoProjectsThreeHundredOperationsSixThousandLotsTwentyThousandClauses() {
        UUID[] projects = {UUID.randomUUID(), UUID.randomUUID()};
        for (int p = 0; p < 2; p++) {
            jdbc.sql("""
                    insert into urban_renewal.project (id, name, qpvs, start_date, charter_rate_percent, search_key,
                        version) values (?, ?, 'Bench', date '2024-01-01', 5, 'bench', 0)""")
                    .params(projects[p], "Bench " + projects[p]).update();
        }
        // 150 operations a project, 10 owners each, a third of them local management; 20 lots an operation
        jdbc.sql("""
                insert into urban_renewal.operation (id, project_id, name, owner_kind, owner_name, category,
                    start_date, end_date, search_key, version)
                select md5('o' || i)::uuid, case when i % 2 = 0 then cast(:a as uuid) else cast(:b as uuid) end,
                    'Opération ' || i, case when i % 10 = 0 then 'CITY' else 'SOCIAL_LANDLORD' end,
                    'Bailleur ' || (i % 10), case when i % 3 = 0 then 'LOCAL_MANAGEMENT' else 'WORKS' end,
                    date '2024-01-01' + (i % 12) * interval '1 month', date '2027-12-31', 'operation ' || i, 0
                from generate_series(1, :operations) i""")
                .param("a", projects[0]).param("b", projects[1]).param("operations", OPERATIONS).update();
        jdbc.sql("""
                insert into urban_renewal.linked_lot (operation_id, position, lot_id, manual_work_hours)
                select md5('o' || o)::uuid, l, md5('l' || o || '-' || l)::uuid, null
                from generate_series(1, :operations) o, generate_series(0, :lots - 1) l""")
                .param("operations", OPERATIONS).param("lots", LOTS_PER_OPERATION).update();
        // the linked lots carry clauses 1 to 6,000 of the 20,000
        UUID[] clauseIds = new UUID[CLAUSES];
        for (int c = 0; c < CLAUSES; c++) {
            clauseIds[c] = UUID.randomUUID();
        }
        jdbc.sql("""
                insert into urban_renewal.procured_lot (lot_id, contract_id, contract_reference, buyer, lot_number,
                    lot_title, amount_excl_tax, clause_id, clause_target_hours, estimated_work_hours, notified_on,
                    duration_months)
                select md5('l' || o || '-' || l)::uuid, md5('k' || o)::uuid, 'B-' || o, 'Bailleur', l + 1, 'Lot',
                    1000000, (cast(:clauses as uuid[]))[(o - 1) * :lots + l + 1], 833, 16667, date '2024-01-01', 48
                from generate_series(1, :operations) o, generate_series(0, :lots - 1) l""")
                .param("operations", OPERATIONS).param("lots", LOTS_PER_OPERATION).param("clauses", clauseIds)
                .update();

        // one count of every clause, five placements each over two years: 200,000 rows, applied as the event is
        List<ClauseWork> clauses = new ArrayList<>();
        Residence[] residences = Residence.values();
        for (int c = 0; c < CLAUSES; c++) {
            List<WorkedHours> hours = new ArrayList<>();
            for (int p = 0; p < PLACEMENTS_PER_CLAUSE; p++) {
                UUID placement = UUID.randomUUID();
                UUID person = UUID.nameUUIDFromBytes(("person" + (c * PLACEMENTS_PER_CLAUSE + p) % 57_000).getBytes());
                for (int year = 2025; year <= 2026; year++) {
                    hours.add(new WorkedHours(placement, person, year, residences[(c + p) % 3],
                            p % 2 == 0 ? Sex.FEMALE : Sex.MALE, AgeBand.values()[p % 3],
                            BigDecimal.valueOf(100 + (c + p) % 50)));
                }
            }
            clauses.add(new ClauseWork(clauseIds[c], hours));
        }
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ClauseWorkCounted event = new ClauseWorkCounted(Instant.now(), clauses);
        long applied = time(() -> {
            transaction.executeWithoutResult(status -> clauseWorkCopy.apply(event));
            return 0;
        });
        long bareInsert = time(() -> transaction.execute(status -> {
            jdbc.sql("create temporary table scratch (like urban_renewal.clause_work) on commit drop").update();
            return jdbc.sql("""
                    insert into scratch select clause_id, gen_random_uuid(), participant_id, year + 10, residence, sex,
                        age_band, hours from urban_renewal.clause_work""").update();
        }));
        jdbc.sql("analyze urban_renewal.operation, urban_renewal.linked_lot, urban_renewal.procured_lot, "
                + "urban_renewal.clause_work").update();
        long rows = jdbc.sql("select count(*) from urban_renewal.clause_work").query(Long.class).single();
        System.out.printf("applied one count of %,d clauses (%,d rows) in %d ms; a bare insert of the same rows: "
                + "%d ms (ratio %.1f)%n", CLAUSES, rows, applied, bareInsert, (double) applied / bareInsert);

        if (Boolean.getBoolean("explain")) {
            jdbc.sql("explain (analyze, buffers) " + CharterProgress.PER_PLACEMENT)
                    .param("project", projects[0]).param("from", Integer.MIN_VALUE).param("to", Integer.MAX_VALUE)
                    .query(String.class).list().forEach(System.out::println);
        }
        LocalDate day = LocalDate.of(2026, 12, 1);
        ProjectProgress first = progress.on(projects[0], day);
        assertThat(first.operations()).hasSize(OPERATIONS / 2);
        assertThat(first.owners()).hasSize(5);
        long[] progressTimes = times(() -> progress.on(projects[0], day));
        long[] bareProgress = times(() -> bareAggregate(projects[0], Integer.MIN_VALUE, Integer.MAX_VALUE));
        long[] fetchTimes = times(() -> transaction.execute(status -> {
            jdbc.sql(CharterProgress.PER_PLACEMENT).param("project", projects[0]).param("from", Integer.MIN_VALUE)
                    .param("to", Integer.MAX_VALUE).query(rs -> {
                        rs.getObject("placement_id", UUID.class);
                        rs.getObject("participant_id", UUID.class);
                        rs.getBigDecimal("hours");
                    });
            return 0;
        }));
        System.out.printf("fetching the project's rows alone: median %.1f ms%n", median(fetchTimes));
        long[] reportTimes = times(() -> progress.report(projects[0], 2026));
        long[] bareReport = times(() -> bareAggregate(projects[0], 2026, 2026) + bareAggregate(projects[0],
                Integer.MIN_VALUE, 2026));
        System.out.printf("project progress (150 operations, 3,000 lots, 5 owners): median %.1f ms, p95 %.1f ms; "
                        + "bare aggregate %.1f ms (ratio %.2f)%n", median(progressTimes), p95(progressTimes),
                median(bareProgress), median(progressTimes) / median(bareProgress));
        System.out.printf("yearly report: median %.1f ms, p95 %.1f ms; bare aggregates %.1f ms (ratio %.2f)%n",
                median(reportTimes), p95(reportTimes), median(bareReport), median(reportTimes) / median(bareReport));
    }

    /**
     * The same figures as one bare SQL statement: the sums and distinct counts per operation, owner, category and in
     * all, without targets or statuses.
     */
    private int bareAggregate(UUID project, int fromYear, int toYear) {
        return jdbc.sql("""
                        select o.id, o.owner_kind, o.owner_name, o.category, sum(w.hours),
                            sum(w.hours) filter (where w.residence <> 'ELSEWHERE'),
                            sum(w.hours) filter (where w.residence = 'NANTERRE_QPV'),
                            count(distinct w.participant_id),
                            count(distinct w.participant_id) filter (where w.residence <> 'ELSEWHERE'),
                            count(distinct w.participant_id) filter (where w.residence = 'NANTERRE_QPV'),
                            count(distinct w.participant_id) filter (where w.sex = 'FEMALE'),
                            count(distinct w.participant_id) filter (where w.age_band = 'UNDER_26'),
                            count(distinct w.participant_id) filter (where w.age_band = 'FROM_50'),
                            count(distinct w.placement_id)
                        from urban_renewal.operation o
                        join urban_renewal.linked_lot ll on ll.operation_id = o.id
                        join urban_renewal.procured_lot pl on pl.lot_id = ll.lot_id
                        join urban_renewal.clause_work w on w.clause_id = pl.clause_id
                        where o.project_id = ? and w.year between ? and ?
                        group by grouping sets ((o.id, o.owner_kind, o.owner_name, o.category),
                            (o.owner_kind, o.owner_name), (o.category), ())""")
                .params(project, fromYear, toYear).query().listOfRows().size();
    }

    private static long time(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long[] times(Supplier<?> work) {
        work.get();
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        return times;
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
    }
}
