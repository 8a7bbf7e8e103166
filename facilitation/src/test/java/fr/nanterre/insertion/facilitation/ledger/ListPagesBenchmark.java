package fr.nanterre.insertion.facilitation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import fr.nanterre.insertion.facilitation.agenda.FacilitatorAgenda;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.OfferFilter;
import fr.nanterre.insertion.facilitation.pipeline.ReferralFilter;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, item 10: the first page of each of facilitation's lists against the bare page query, and where the
 * statements grid's time goes (security, transaction, Spring Data JDBC's query building and mapping). Measured,
 * not asserted: 100,000 placements (two criteria and one share each; 5,000 of them ending this month), 5,000
 * statements, one of 20,000 lines,
 * 2,000 offers and 20,000 referrals. Run with {@code mvn test -pl facilitation -am -Dgroups=benchmark
 * -DexcludedGroups= -Dtest=ListPagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(username = "bench", roles = {"FACILITATOR", "PARTNERS"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagesBenchmark {

    private static final int RUNS = 31;
    private static final UUID BIG = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Autowired
    Ledger ledger;
    @Autowired
    PlacementBook placements;
    @Autowired
    CandidatePipeline pipeline;
    @Autowired
    FacilitatorAgenda agenda;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcAggregateTemplate aggregates;
    @Autowired
    StatementList list;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    void data() {
        jdbc.sql("""
                insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                    employer_name, modality, start_date, end_date, eligible_at_start, exception_justification,
                    validated_by, validated_at, version)
                select md5('p' || i)::uuid, md5('q' || i)::uuid, 'B-2024-' || lpad(i::text, 6, '0'),
                    '55210055400013', 'Bench ' || (i % 500), case when i % 3 = 0 then 'PROVISION' else 'DIRECT_HIRE' end,
                    date '2020-01-01' + (i % 2000),
                    case when i % 20 = 0 then cast(date_trunc('month', current_date) as date) + i % 28 end,
                    i % 10 <> 0, case when i % 10 = 0 then 'bench' end, 'bench', now(), 0
                from generate_series(1, 100000) i""").update();
        jdbc.sql("""
                insert into facilitation.placement_share (placement_id, position, clause_id, percent)
                select md5('p' || i)::uuid, 0, md5('c' || (i % 2000))::uuid, 100 from generate_series(1, 100000) i""")
                .update();
        jdbc.sql("""
                insert into facilitation.placement_criterion (placement_id, position, code, level, proof_date,
                    valid_until)
                select md5('p' || i)::uuid, k, case k when 0 then 'RSA' else 'RQTH' end, k + 1, date '2019-06-01',
                    date '2027-06-01'
                from generate_series(1, 100000) i, generate_series(0, 1) k""").update();
        jdbc.sql("""
                insert into facilitation.statement (id, file_name, received_at, received_by, state, lines,
                    rejected_by, rejected_at, rejection_reason, version)
                select md5('s' || i)::uuid, 'releve-' || i || '.csv', timestamptz '2024-01-01' + i * interval '1 hour',
                    'facilitateur-' || (i % 7), (array['RECEIVED', 'CHECKED', 'VALIDATED', 'REJECTED'])[1 + i % 4],
                    10, case when i % 4 = 3 then 'bench' end,
                    case when i % 4 = 3 then timestamptz '2024-01-01' + i * interval '1 hour' end,
                    case when i % 4 = 3 then 'bench' end, 0
                from generate_series(1, 5000) i""").update();
        jdbc.sql("insert into facilitation.statement (id, file_name, received_at, received_by, state, lines, version)"
                + " values (?, 'gros.csv', now(), 'bench', 'RECEIVED', 20000, 0)").param(BIG).update();
        jdbc.sql("""
                insert into facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by)
                select md5('p' || i)::uuid, date '2025-01-01', 120, ?, 'bench' from generate_series(1, 20000) i""")
                .param(BIG).update();
        jdbc.sql("""
                insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer, lot_number,
                    lot_title, awardee_siret, target_hours, notified_on, duration_months)
                values ('00000000-0000-0000-0000-0000000000cc', gen_random_uuid(), 'BENCH-1', 'Ville', 1, 'Lot',
                    '55210055400013', 1000, date '2024-01-01', 24)""").update();
        jdbc.sql("""
                insert into facilitation.known_participant (participant_id, reference)
                select md5('q' || i)::uuid, 'B-2024-' || lpad(i::text, 6, '0') from generate_series(1, 20000) i""")
                .update();
        jdbc.sql("""
                insert into facilitation.job_offer (id, clause_id, contract_reference, employer_siret, employer_name,
                    post_title, hours_per_week, start_date, positions, hired, state, search_key, opened_by, opened_at,
                    version)
                select md5('o' || i)::uuid, '00000000-0000-0000-0000-0000000000cc', 'BENCH-1', '55210055400013',
                    'Bench', 'Poste ' || i, 35, date '2022-01-01' + (i % 1000), 10, 0,
                    case when i % 5 = 0 then 'CLOSED' else 'OPEN' end, 'POSTE ' || i, 'bench', now(), 0
                from generate_series(1, 2000) i""").update();
        jdbc.sql("""
                insert into facilitation.referral (id, offer_id, participant_id, participant_reference, status,
                    referred_on, referred_by, version)
                select md5('r' || i)::uuid, md5('o' || (1 + i % 2000))::uuid, md5('q' || i)::uuid,
                    'B-2024-' || lpad(i::text, 6, '0'), 'REFERRED', date '2022-01-01' + (i % 1200), 'bench', 0
                from generate_series(1, 20000) i""").update();
        jdbc.sql("analyze").update();
    }

    @Test
    void firstPagesAgainstTheBarePageQueries() {
        System.out.printf("load before: %s%n", load());
        page("placements, first page of 50", () -> placements.find(PlacementFilter.ALL, PageRequest.of(0, 50)).size(),
                "select * from facilitation.placement order by start_date desc limit 50");
        time("placements, second page of 50 (no audit line)", () -> placements.find(PlacementFilter.ALL,
                PageRequest.of(1, 50)).size());
        time("placements, count (the grid's)", () -> (int) placements.count(PlacementFilter.ALL));
        page("statements, first page of 50", () -> ledger.statements(new StatementFilter(null, Set.of()),
                PageRequest.of(0, 50)).size(), "select * from facilitation.statement order by received_at desc limit 50");
        page("statement's lines, first page of 50 (20,000 lines)", () -> ledger.linesOf(BIG, PageRequest.of(0, 50))
                .size(), "select * from facilitation.hours_entry where statement_id = '" + BIG + "' limit 50");
        page("candidacies, first page of 50", () -> pipeline.referrals(new ReferralFilter(null, null, null),
                PageRequest.of(0, 50)).size(), "select * from facilitation.referral order by referred_on desc limit 50");
        page("offers, first page of 50", () -> pipeline.offers(new OfferFilter(null, null), PageRequest.of(0, 50))
                .size(), "select * from facilitation.job_offer order by start_date desc limit 50");
        long t = System.nanoTime();
        int ending = agenda.placementsEndingThisMonth().size();
        long first = System.nanoTime() - t;
        t = System.nanoTime();
        agenda.placementsEndingThisMonth();
        System.out.printf("facilitator's home, the %,d placements ending this month: %.1f ms, then %.1f ms%n", ending,
                first / 1e6, (System.nanoTime() - t) / 1e6);
        System.out.printf("load after: %s%n", load());
    }

    /**
     * Where the statements grid's first page goes: each line takes one layer away. Twice, the first round only
     * warming up the code paths (in a cold run the first line measures the JIT, not the layers).
     */
    @Test
    void statementsPageSplit() {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            statementsPageLayers();
        } finally {
            System.setOut(out);
        }
        statementsPageLayers();
        explain("select * from facilitation.statement order by received_at desc, id limit 50");
        explain("select * from facilitation.referral order by referred_on desc, id limit 50");
        explain("select * from facilitation.job_offer order by start_date desc, id limit 50");
        explain("select * from facilitation.placement order by start_date desc, id limit 50");
        // PlacementList's page with its children (PlacementList.WITH_CHILDREN: a row per child), and two variants
        // with the children as arrays, which it did not take
        explain(FLAT);
        explain(LATERAL);
        explain(GROUPED);
        time("placements' page with its children as arrays, lateral joins row by row",
                () -> jdbc.sql(LATERAL).query().listOfRows().size());
        time("placements' page with its children as arrays, grouped for the page's ids",
                () -> jdbc.sql(GROUPED).query().listOfRows().size());
        time("placements' page with its children as arrays, grouped, the six arrays decoded",
                () -> jdbc.sql(GROUPED).query((rs, n) -> {
                    for (String column : List.of("codes", "levels", "proof_dates", "valid_untils", "clause_ids",
                            "percents")) {
                        java.sql.Array array = rs.getArray(column);
                        if (array != null) {
                            array.getArray();
                        }
                    }
                    return n;
                }).list().size());
        time("placements' page with a row per child (PlacementList), the children's columns read",
                () -> jdbc.sql(FLAT).query((rs, n) -> {
                    rs.getObject("id", UUID.class);
                    rs.getString("code");
                    rs.getObject("proof_date", java.time.LocalDate.class);
                    rs.getObject("valid_until", java.time.LocalDate.class);
                    rs.getObject("clause_id", UUID.class);
                    rs.getBigDecimal("percent");
                    return n;
                }).list().size());
        time("placements' page alone", () -> jdbc.sql(
                "select * from facilitation.placement order by start_date desc, id limit 50").query().listOfRows()
                .size());
    }

    private static final String FLAT = """
            with page as materialized (select p.* from facilitation.placement p where true
                order by p.start_date desc, p.id limit 50 offset 0),
            child as (
                select placement_id, 0 as kind, position, code, level, proof_date, valid_until,
                    cast(null as uuid) as clause_id, cast(null as numeric) as percent
                from facilitation.placement_criterion where placement_id in (select id from page)
                union all
                select placement_id, 1, position, null, null, null, null, clause_id, percent
                from facilitation.placement_share where placement_id in (select id from page))
            select p.*, c.kind, c.code, c.level, c.proof_date, c.valid_until, c.clause_id, c.percent
            from page p left join child c on c.placement_id = p.id
            order by p.start_date desc, p.id, c.kind, c.position""";

    private static final String LATERAL = """
            select p.*, c.codes, c.levels, c.proof_dates, c.valid_untils, s.clause_ids, s.percents
            from (select p.* from facilitation.placement p where true order by p.start_date desc, p.id
                limit 50 offset 0) p
            left join lateral (select array_agg(code order by position) as codes,
                    array_agg(level order by position) as levels,
                    array_agg(proof_date order by position) as proof_dates,
                    array_agg(valid_until order by position) as valid_untils
                from facilitation.placement_criterion where placement_id = p.id) c on true
            left join lateral (select array_agg(clause_id order by position) as clause_ids,
                    array_agg(percent order by position) as percents
                from facilitation.placement_share where placement_id = p.id) s on true
            order by p.start_date desc, p.id""";

    private static final String GROUPED = """
            with page as materialized (select p.* from facilitation.placement p where true
                order by p.start_date desc, p.id limit 50 offset 0)
            select p.*, c.codes, c.levels, c.proof_dates, c.valid_untils, s.clause_ids, s.percents
            from page p
            left join (select placement_id, array_agg(code order by position) as codes,
                    array_agg(level order by position) as levels,
                    array_agg(proof_date order by position) as proof_dates,
                    array_agg(valid_until order by position) as valid_untils
                from facilitation.placement_criterion where placement_id in (select id from page)
                group by placement_id) c on c.placement_id = p.id
            left join (select placement_id, array_agg(clause_id order by position) as clause_ids,
                    array_agg(percent order by position) as percents
                from facilitation.placement_share where placement_id in (select id from page)
                group by placement_id) s on s.placement_id = p.id
            order by p.start_date desc, p.id""";

    private void statementsPageLayers() {
        Pageable page = PageRequest.of(0, 50);
        Sort order = Sort.by(Sort.Direction.DESC, "receivedAt");
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        String bare = "select * from facilitation.statement order by received_at desc, id limit 50";
        time("statements: Ledger.statements (method security + read-only transaction + the page)",
                () -> ledger.statements(new StatementFilter(null, Set.of()), page).size());
        time("statements: read-only transaction + StatementList.page (Ledger.statements without security)",
                () -> readOnly.execute(status -> list.page(new StatementFilter(null, Set.of()), page).size()));
        time("statements: StatementList.page, no transaction",
                () -> list.page(new StatementFilter(null, Set.of()), page).size());
        time("statements: read-only transaction + JdbcAggregateTemplate.findAll(Query)",
                () -> readOnly.execute(status -> aggregates.findAll(Query.query(Criteria.empty()).with(page)
                        .sort(order), Statement.class).size()));
        time("statements: JdbcAggregateTemplate.findAll(Query), no transaction",
                () -> aggregates.findAll(Query.query(Criteria.empty()).with(page).sort(order), Statement.class)
                        .size());
        time("statements: read-only transaction + JdbcClient, mapped to Statement",
                () -> readOnly.execute(status -> jdbc.sql(bare).query(StatementList::statement).list().size()));
        time("statements: JdbcClient, mapped to Statement, no transaction",
                () -> jdbc.sql(bare).query(StatementList::statement).list().size());
        time("statements: JdbcClient, rows as maps", () -> jdbc.sql(bare).query().listOfRows().size());
    }

    private void page(String operation, Supplier<Integer> page, String bare) {
        int rows = jdbc.sql(bare).query().listOfRows().size();
        Times application = times(() -> {
            long t = System.nanoTime();
            assertThat(page.get()).isEqualTo(rows);
            return (System.nanoTime() - t) / 1e6;
        });
        Times raw = times(() -> {
            long t = System.nanoTime();
            assertThat(jdbc.sql(bare).query().listOfRows()).hasSize(rows);
            return (System.nanoTime() - t) / 1e6;
        });
        System.out.printf("%-55s %s | bare %s | %5.2f× (median), %5.2f× (min)%n", operation, application, raw,
                application.median() / raw.median(), application.min() / raw.min());
    }

    private void time(String operation, Supplier<Integer> run) {
        System.out.printf("%-90s %s%n", operation, times(() -> {
            long t = System.nanoTime();
            run.get();
            return (System.nanoTime() - t) / 1e6;
        }));
    }

    /** The median and the least of the runs: on a shared machine the least is the closest to the code's own cost. */
    private record Times(double median, double min) {
        @Override
        public String toString() {
            return "%7.3f ms (min %6.3f)".formatted(median, min);
        }
    }

    private void explain(String sql) {
        System.out.println(String.join("\n", jdbc.sql("explain analyze " + sql).query(String.class).list()));
    }

    private static Times times(Supplier<Double> run) {
        for (int i = 0; i < 5; i++) {
            run.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(run.get());
        }
        List<Double> sorted = times.stream().sorted().toList();
        return new Times(sorted.get(RUNS / 2), sorted.getFirst());
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
