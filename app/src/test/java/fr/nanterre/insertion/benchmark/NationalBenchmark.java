package fr.nanterre.insertion.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import fr.nanterre.fixtures.DecpFile;
import fr.nanterre.fixtures.NationalScale;
import fr.nanterre.insertion.Application;
import fr.nanterre.insertion.facilitation.agenda.FacilitatorAgenda;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementFilter;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementFilter;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ParticipantFilter;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.decp.DecpImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key operations of the whole application at national scale, each next to the raw database doing the same
 * work in the same run (issue 14, item 10): the statement import against a {@code COPY} of the same lines, the
 * clauses' recount against the bare aggregate query, the grids' first pages against the bare page queries, and
 * the DECP import of 20,000 contracts against an insert of the same rows. Measured, not asserted: the ratios go
 * to {@link RatioTable}, printed once at the end of the run with every other {@code *Benchmark} of the
 * application. Run every one of them with
 * {@code mvn verify -pl app -am -DskipITs -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest='fr/nanterre/insertion/benchmark/*Benchmark'} (README, "Benchmarks").
 *
 * <p>The scale, in one database: first the dashboards' national year, {@link NationalScale}'s 2021 (58,454
 * contracts with a clause, 57,231 participants in pathways, 75,194 placements, 263,000 ledger lines, 4,000
 * structures); then, for the ledger's and the imports' shapes, which that year does not have, 100,000 more
 * participants placed on 20,000 more clauses with 19 months of validated hours from 2024 (1,900,000 ledger lines),
 * 20,500 contracts imported from DECP and a 100,000-line statement. The DECP files are test-fixtures'
 * {@link DecpFile}, as procurement's {@code DecpBenchmarkTest} makes them (without the reserved marchés: no structure
 * is registered here); the ledger and the statement are generated as in facilitation's {@code LedgerBenchmark} and
 * {@code StatementIdentityBenchmark}. The policy dashboard's row comes from {@link DashboardBenchmark}, on
 * {@link NationalScale}'s year alone.
 */
@Tag("benchmark")
@SpringBootTest(classes = Application.class, properties = {
        "insertion.embedded-postgres.ephemeral=true",
        "insertion.security.users[0].username=bench",
        "insertion.security.users[0].password={bcrypt}$2a$10$MQxmAhs2qzbzQlR0319tqO.vW4tSrxovmHOq1pPU0vc8w9qGh5yry",
        "insertion.security.users[0].roles=ADMIN"})
@Import(NationalBenchmark.Capture.class)
@ExtendWith(RatioTable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalBenchmark {

    /** Records what a service call sends to the database, to replay it bare. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Capture {

        @Bean
        static StatementCapture statementCapture() {
            return new StatementCapture();
        }
    }

    private static final int PEOPLE = 100_000;
    private static final int CLAUSES = 20_000;
    private static final int CONTRACTS = 20_000;
    private static final int RUNS = 9;
    /** A grid's page takes a millisecond or so: many runs, for a steady median. */
    private static final int GRID_RUNS = 101;

    /** The least warm-up of a short operation (see {@link #median}). */
    private static final Duration WARM_UP = Duration.ofSeconds(3);

    @Autowired
    StatementImport statements;
    @Autowired
    Ledger ledger;
    @Autowired
    DecpImport decp;
    @Autowired
    ContractRegister contracts;
    @Autowired
    ParticipantDirectory participants;
    @Autowired
    PlacementBook placements;
    @Autowired
    FacilitatorAgenda agenda;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper mapper;
    @Autowired
    PlatformTransactionManager transactions;
    /** The holder method security reads (Vaadin's, one per application context). */
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeAll
    void fillTheDatabaseAtNationalScale() {
        logIn();
        long started = System.nanoTime();
        // the dashboards' national year (its own ids, references P-2021-…, contracts NAT-1…; analysed)
        System.out.println(new NationalScale(jdbc, 2021).write());
        // 100,000 participants as partners stores them, each placed from January 2024 on one of 20,000 clauses
        jdbc.sql("""
                insert into partners.participant (id, reference, last_name, first_name, birth_date, sex, commune,
                    insee_code, qpv_resident, nanterre_resident, referring_organisation, search_key, enrolled_on,
                    version)
                select md5('q' || i)::uuid, 'P-2024-' || lpad(i::text, 6, '0'), 'N''Diaye-Lefèvre ' || i, 'Zoé',
                    date '1960-01-01' + (i % 15000), 'FEMALE', 'Nanterre', '92050', true, true, 'PLIE',
                    'ndiaye-lefevre ' || i || ' zoe', date '2024-01-01', 0
                from generate_series(1, ?) i""").param(PEOPLE).update();
        jdbc.sql("""
                insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer, lot_number,
                    lot_title, awardee_siret, target_hours, notified_on, duration_months)
                select md5('c' || i)::uuid, md5('k' || i)::uuid, 'NAT-' || lpad(i::text, 5, '0'), 'Ville de Nanterre',
                    1, 'Lot ' || i, '55210055400013', 500 + i % 4000, date '2024-01-01' + (i % 700), 12 + i % 36
                from generate_series(0, ? - 1) i""").param(CLAUSES).update();
        jdbc.sql("""
                insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                    employer_name, modality, start_date, eligible_at_start, validated_by, validated_at, version)
                select md5('p' || i)::uuid, md5('q' || i)::uuid, 'P-2024-' || lpad(i::text, 6, '0'),
                    '55210055400013', 'Bench', case when i % 3 = 0 then 'PROVISION' else 'DIRECT_HIRE' end,
                    date '2024-01-01', true, 'bench', now(), 0
                from generate_series(1, ?) i""").param(PEOPLE).update();
        jdbc.sql("""
                insert into facilitation.placement_share (placement_id, position, clause_id, percent)
                select md5('p' || i)::uuid, 0, md5('c' || (i % ?))::uuid, 100 from generate_series(1, ?) i""")
                .params(CLAUSES, PEOPLE).update();
        // 19 months of validated statements, one a month (one statement for all months would mislead the planner)
        jdbc.sql("""
                insert into facilitation.statement (id, file_name, received_at, received_by, state, lines, version)
                select md5('s' || m)::uuid, 'history-' || m, now(), 'bench', 'VALIDATED', ?, 0
                from generate_series(0, 18) m""").param(PEOPLE).update();
        jdbc.sql("""
                insert into facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by)
                select md5('p' || i)::uuid, date '2024-01-01' + (m || ' month')::interval, 100 + (i % 50),
                    md5('s' || m)::uuid, 'bench'
                from generate_series(1, ?) i, generate_series(0, 18) m""").param(PEOPLE).update();
        // as autovacuum would after such a load
        jdbc.sql("analyze").update();
        System.out.printf("%nGenerated the national year and %,d participants and placements, %,d clauses, %,d ledger "
                        + "lines in %,d ms (%s)%n", PEOPLE, CLAUSES, PEOPLE * 19, (System.nanoTime() - started) / 1_000_000,
                RatioTable.machine());
        // the clauses' kept totals, as the ledger's changes would have left them
        ledger.recount(clauseIds());
        waitForListeners();
    }

    @BeforeEach
    void logIn() {
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("bench", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_FACILITATOR", "ROLE_PROCUREMENT",
                        "ROLE_PARTNERS"))));
    }

    @Test
    @Order(1)
    void decpImportOf20000ContractsAgainstAnInsertOfTheSameRows() throws Exception {
        // a first small file, so that the code measured is compiled
        DecpFile files = new DecpFile(mapper);
        decp.apply(decp.preview("warm-up.json", files.of("NAT-W", 500, new Random(3))));
        byte[] file = files.of("NAT-D", CONTRACTS, new Random(1));
        java.sql.Timestamp importStart = jdbc.sql("select clock_timestamp()").query(java.sql.Timestamp.class)
                .single();
        long start = System.nanoTime();
        DecpImport.Preview preview = decp.preview("national.json", file);
        long previewed = System.nanoTime();
        int imported = decp.apply(preview);
        long applied = System.nanoTime();
        java.sql.Timestamp importEnd = jdbc.sql("select clock_timestamp()").query(java.sql.Timestamp.class)
                .single();
        double importMs = (applied - start) / 1e6;
        assertThat(imported).isEqualTo(CONTRACTS);
        waitForListeners();

        // the very rows the import wrote in its transaction, inserted again by the database, one statement a table
        String imports = "(select id from procurement.contract where reference like 'NAT-D-%')";
        Map<String, String> written = new LinkedHashMap<>();
        written.put("procurement.contract", "reference like 'NAT-D-%'");
        written.put("procurement.lot", "contract_id in " + imports);
        written.put("procurement.contract_awardee", "contract_id in " + imports);
        written.put("procurement.contract_modification", "contract_id in " + imports);
        // published by the import, in its transaction (the listeners' own publications come after its commit)
        written.put("public.event_publication", "publication_date between :start and :end");
        Map<String, Double> insertMs = new LinkedHashMap<>();
        Map<String, Integer> rowCounts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, String> table : written.entrySet()) {
                String rows = jdbc.sql("select json_agg(t) from " + table.getKey() + " t where " + table.getValue())
                        .params(table.getValue().contains(":start") ? Map.of("start", importStart, "end", importEnd)
                                : Map.of())
                        .query(String.class).optional().orElse(null);
                String scratch = table.getKey().replace('.', '_') + "_scratch";
                connection.createStatement().execute("create temporary table " + scratch + " (like "
                        + table.getKey() + " including all)");
                insertMs.put(table.getKey(), median(() -> {
                    try (var truncate = connection.createStatement();
                         var insert = connection.prepareStatement("insert into " + scratch + " select * from "
                                 + "json_populate_recordset(null::" + scratch + ", cast(? as json))")) {
                        truncate.execute("truncate " + scratch);
                        long t = System.nanoTime();
                        insert.setString(1, rows == null ? "[]" : rows);
                        rowCounts.put(table.getKey(), insert.executeUpdate());
                        return (System.nanoTime() - t) / 1e6;
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, 3));
                connection.createStatement().execute("drop table " + scratch);
            }
        }
        assertThat(rowCounts.get("procurement.contract")).isEqualTo(CONTRACTS);
        double contractsAndLots = insertMs.get("procurement.contract") + insertMs.get("procurement.lot");
        double everything = insertMs.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("%nDECP import of %,d contracts: preview %,.0f ms, apply %,.0f ms; the database inserting "
                        + "the same rows: %s%n", CONTRACTS, (previewed - start) / 1e6, (applied - previewed) / 1e6,
                insertMs.keySet().stream().map(table -> String.format(java.util.Locale.ROOT, "%s %,d rows %,.0f ms",
                        table, rowCounts.get(table), insertMs.get(table))).toList());
        System.out.printf("against the contract and lot rows alone (the comparison before the fourth session): "
                + "%,.0f ms, %.2f×%n", contractsAndLots, importMs / contractsAndLots);
        RatioTable.add("DECP import of 20,000 contracts (preview + apply)", importMs,
                "insert of the same rows: contracts, lots, awardees, modifications and the event publications "
                        + "written in the import's transaction", everything, 5);
    }

    @Test
    @Order(2)
    void statementImportOf100000LinesAgainstACopyOfTheSameLines() throws Exception {
        // a first small statement of another month, so that the code measured is compiled
        statements.apply(statements.preview("warm-up.csv", statement(2_000, "09/2025")));
        byte[] file = statement(PEOPLE, "08/2025");
        long start = System.nanoTime();
        Preview preview = statements.preview("national.csv", file);
        Statement received = statements.apply(preview);
        double importMs = (System.nanoTime() - start) / 1e6;
        assertThat(preview.count(Status.ACCEPTED)).isEqualTo(PEOPLE);
        assertThat(received).isNotNull();

        String lines = new String(file, StandardCharsets.UTF_8).substring(1);
        double copyMs;
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(
                    "create temporary table statement_scratch (reference text, month text, hours text)");
            copyMs = median(() -> {
                try {
                    connection.createStatement().execute("truncate statement_scratch");
                    long t = System.nanoTime();
                    long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy statement_scratch from stdin with (format csv, delimiter ';', header true)",
                            new StringReader(lines));
                    assertThat(copied).isEqualTo(PEOPLE);
                    return (System.nanoTime() - t) / 1e6;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, 3);
            connection.createStatement().execute("drop table statement_scratch");
        }
        RatioTable.add("statement import of 100,000 lines (preview + import)", importMs,
                "COPY of the same lines into a bare scratch table (text columns, no key)", copyMs, 5);

        // the same lines, resolved to the ledger's rows, copied by the database into hours_entry itself (its primary
        // key, foreign keys, checks and indexes), in a transaction rolled back: the database doing the import's write
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= PEOPLE; i++) {
            rows.append(md5Uuid("p" + i)).append("\t2025-10-01\t151.67\t").append(received.id())
                    .append("\tbench\n");
        }
        double ledgerCopyMs;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ledgerCopyMs = median(() -> {
                try {
                    long t = System.nanoTime();
                    long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by) "
                                    + "from stdin", new StringReader(rows.toString()));
                    double ms = (System.nanoTime() - t) / 1e6;
                    assertThat(copied).isEqualTo(PEOPLE);
                    connection.rollback();
                    return ms;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, 3);
            connection.setAutoCommit(true);
        }
        RatioTable.add("statement import of 100,000 lines (preview + import)", importMs,
                "COPY of the same lines into the ledger (hours_entry, its keys and indexes)", ledgerCopyMs, 5);
    }

    /** PostgreSQL's {@code md5(text)::uuid}, as the generator names the placements. */
    private static String md5Uuid(String text) {
        try {
            String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    void recountOf20000ClausesAgainstTheBareAggregate() {
        List<UUID> ids = clauseIds();
        long lines = jdbc.sql("select count(*) from facilitation.counted_hours").query(Long.class).single();
        double recountMs = median(() -> {
            long t = System.nanoTime();
            ledger.recount(ids);
            double ms = (System.nanoTime() - t) / 1e6;
            waitForListeners();
            return ms;
        }, 3);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        double aggregateMs = median(() -> transaction.execute(status -> {
            jdbc.sql("set local work_mem = '64MB'").update();
            long t = System.nanoTime();
            int rows = jdbc.sql("""
                    select s.clause_id, p.modality, sum(h.hours * s.percent / 100) as hours,
                        count(distinct p.participant_id) as people
                    from facilitation.counted_hours h
                    join facilitation.placement_share s on s.placement_id = h.placement_id
                    join facilitation.placement p on p.id = h.placement_id
                    group by s.clause_id, p.modality""").query().listOfRows().size();
            assertThat(rows).isGreaterThanOrEqualTo(CLAUSES);
            return (System.nanoTime() - t) / 1e6;
        }), 3);
        RatioTable.add(String.format(java.util.Locale.ROOT, "recount of %,d clauses from %,d ledger lines "
                        + "(kept + published)", ids.size(), lines), recountMs,
                "bare aggregate by clause and modality", aggregateMs, 1.5);
    }

    @Test
    @Order(4)
    void gridsFirstPageAgainstTheBarePageQuery() {
        // what each grid asks for its first page: the count of the filter's rows, then the page (Vaadin's setItems)
        grid("contracts grid, first page of 50", () -> (int) contracts.count(ContractFilter.ALL)
                        + contracts.rows(ContractFilter.ALL, PageRequest.of(0, 50, Sort.by("reference"))).size(),
                "select * from procurement.contract order by reference limit 50");
        grid("participants grid, first page of 50", () -> (int) participants.count(ParticipantFilter.ALL)
                        + participants.find(ParticipantFilter.ALL, PageRequest.of(0, 50)).size(),
                "select * from partners.participant order by search_key, id limit 50");
        grid("placements grid, first page of 50", () -> (int) placements.count(PlacementFilter.ALL)
                        + placements.find(PlacementFilter.ALL, PageRequest.of(0, 50)).size(),
                "select * from facilitation.placement order by start_date desc limit 50");
        StatementFilter allStatements = new StatementFilter(null, Set.of());
        grid("statements grid, first page of 50", () -> (int) ledger.countStatements(allStatements)
                        + ledger.statements(allStatements, PageRequest.of(0, 50)).size(),
                "select * from facilitation.statement order by received_at desc limit 50");
        double home = median(() -> {
            long t = System.nanoTime();
            assertThat(agenda.clausesBehindSchedule(PageRequest.of(0, 50))).hasSize(50);
            return (System.nanoTime() - t) / 1e6;
        }, RUNS);
        System.out.printf("facilitator's home, first page of the clauses behind (judged among %,d): %.1f ms%n",
                agenda.countClausesBehindSchedule(), home);
    }

    /**
     * A grid's first page through the services, against the very statements they sent, replayed bare over JDBC
     * ({@link StatementCapture}); and, for scale, against the smallest page query of the same table.
     */
    private void grid(String operation, Supplier<Integer> firstPage, String smallest) {
        int shown = firstPage.get();
        double application = median(() -> {
            long t = System.nanoTime();
            assertThat(firstPage.get()).isEqualTo(shown);
            return (System.nanoTime() - t) / 1e6;
        }, GRID_RUNS);
        List<StatementCapture.Step> steps = StatementCapture.record(firstPage::get);
        List<StatementCapture.Sent> sent = StatementCapture.statements(steps);
        double replayed = median(() -> {
            long t = System.nanoTime();
            StatementCapture.replay(dataSource, steps);
            return (System.nanoTime() - t) / 1e6;
        }, GRID_RUNS);
        double bare = median(() -> {
            long t = System.nanoTime();
            jdbc.sql(smallest).query().listOfRows();
            return (System.nanoTime() - t) / 1e6;
        }, GRID_RUNS);
        System.out.printf("%n%s: %.2f ms; its %d statements replayed bare (%s): %.2f ms; `%s`: %.2f ms%n",
                operation, application, sent.size(), steps.size() > sent.size() ? "with its transaction"
                        : "no transaction", replayed, smallest, bare);
        sent.forEach(statement -> System.out.println("    " + statement));
        RatioTable.add(operation + " (count + page)", application, "the same " + sent.size()
                + " statements replayed bare over JDBC", replayed, 1.5);
    }

    private List<UUID> clauseIds() {
        return jdbc.sql("select distinct clause_id from facilitation.placement_share").query(UUID.class).list();
    }

    /** Listeners in other modules work after the commit, asynchronously: none measured while they run. */
    private void waitForListeners() {
        await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class).single() == 0);
    }

    /**
     * The median of {@code runs}, after a warm-up when there are more than three: {@code runs} runs and at least
     * {@link #WARM_UP}. The application's side of a short operation runs more Java (method security, the
     * transaction, the mapping) than its bare replay, and the two warm-up runs this took before left that code
     * interpreted or half-compiled while it was measured, which it no longer is in a server that has answered for a
     * few seconds. The long operations (three runs) come after their own warm-up.
     */
    private static double median(Supplier<Double> run, int runs) {
        long warmUpEnd = System.nanoTime() + WARM_UP.toNanos();
        for (int i = 0; runs > 3 && (i < runs || System.nanoTime() < warmUpEnd); i++) {
            run.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(run.get());
        }
        return times.stream().sorted().toList().get(runs / 2);
    }

    /** A statement of the first {@code lines} participants' hours in one month, by reference (LedgerBenchmark's). */
    private static byte[] statement(int lines, String month) {
        StringBuilder csv = new StringBuilder("\uFEFFRéférence participant;Mois;Heures\n");
        for (int i = 1; i <= lines; i++) {
            csv.append("P-2024-%06d;%s;151,67\n".formatted(i, month));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
