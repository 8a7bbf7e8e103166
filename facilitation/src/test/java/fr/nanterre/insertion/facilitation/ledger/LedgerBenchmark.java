package fr.nanterre.insertion.facilitation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.agreement.AgreementTerms;
import fr.nanterre.insertion.facilitation.agreement.MefAgreements;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The scale targets of the facilitation issue, measured (not asserted): a 100,000-line statement previewed,
 * imported and validated; the progress of 20,000 clauses recomputed from 2,000,000 ledger lines. Run with
 * {@code mvn verify -pl facilitation -am -Dgroups=benchmark -DexcludedGroups= -Dtest=LedgerBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "procurement")
@WithMockUser(username = "bench", roles = "FACILITATOR")
class LedgerBenchmark {

    @Autowired
    StatementImport statements;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MefAgreements agreements;

    @Test
    void aHundredThousandLineStatementAndTwentyThousandClauses() {
        int people = 100_000;
        int clauses = 20_000;
        // 100,000 participants placed from January 2024, five per clause
        jdbc.sql("""
                insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                    employer_name, modality, start_date, eligible_at_start, validated_by, validated_at, version)
                select md5('p' || i)::uuid, md5('q' || i)::uuid, 'B-2024-' || lpad(i::text, 6, '0'),
                    '55210055400013', 'Bench', case when i % 3 = 0 then 'PROVISION' else 'DIRECT_HIRE' end,
                    date '2024-01-01', true, 'bench', now(), 0
                from generate_series(1, ?) i""").param(people).update();
        jdbc.sql("""
                insert into facilitation.placement_share (placement_id, position, clause_id, percent)
                select md5('p' || i)::uuid, 0, md5('c' || (i % ?))::uuid, 100 from generate_series(1, ?) i""")
                .params(clauses, people).update();
        // 19 months of validated history: 1,900,000 ledger lines
        long started = System.nanoTime();
        jdbc.sql("insert into facilitation.statement (id, file_name, received_at, received_by, state, lines, version) "
                + "values ('00000000-0000-0000-0000-000000000001', 'history', now(), 'bench', 'VALIDATED', 0, 0)")
                .update();
        jdbc.sql("""
                insert into facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by)
                select md5('p' || i)::uuid, date '2024-01-01' + (m || ' month')::interval, 100 + (i % 50),
                    '00000000-0000-0000-0000-000000000001', 'bench'
                from generate_series(1, ?) i, generate_series(0, 18) m""").param(people).update();
        // as autovacuum would after such a load
        jdbc.sql("analyze facilitation.placement, facilitation.placement_share, facilitation.hours_entry").update();
        System.out.printf("generated 1,900,000 ledger lines in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        StringBuilder csv = new StringBuilder("\uFEFFRéférence participant;Mois;Heures\n");
        for (int i = 1; i <= people; i++) {
            csv.append("B-2024-%06d;08/2025;151,67\n".formatted(i));
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        started = System.nanoTime();
        Preview preview = statements.preview("bench.csv", file);
        long previewed = System.nanoTime();
        Statement received = statements.apply(preview);
        long applied = System.nanoTime();
        Statement validated = ledger.validate(ledger.check(received));
        long done = System.nanoTime();
        assertThat(preview.count(Status.ACCEPTED)).isEqualTo(people);
        System.out.printf("statement of %d lines: preview %d ms, import %d ms, check+validate (progress of %d clauses "
                        + "published) %d ms, total %d ms%n", people, (previewed - started) / 1_000_000,
                (applied - previewed) / 1_000_000, clauses, (done - applied) / 1_000_000, (done - started) / 1_000_000);
        assertThat(validated.state()).isEqualTo(StatementState.VALIDATED);
        waitForProcurement();
        System.out.printf("progress of %d clauses applied in procurement %d ms after the validation%n", clauses,
                (System.nanoTime() - done) / 1_000_000);
        assertThat(jdbc.sql("select count(*) from procurement.clause_progress").query(Long.class).single())
                .isEqualTo(clauses);

        List<UUID> ids = jdbc.sql("select distinct clause_id from facilitation.placement_share").query(UUID.class).list();
        List<Long> runs = new ArrayList<>();
        for (int run = 0; run < 9; run++) {
            long t = System.nanoTime();
            ledger.recount(ids);
            runs.add((System.nanoTime() - t) / 1_000_000);
            waitForProcurement();
        }
        runs.sort(null);
        System.out.printf("progress of %d clauses recounted from 2,000,000 ledger lines, kept and published: "
                + "runs %s ms, median %d ms%n", ids.size(), runs, runs.get(4));
        List<Long> reads = new ArrayList<>();
        for (int run = 0; run < 9; run++) {
            long t = System.nanoTime();
            assertThat(ledger.progressOf(ids)).hasSize(clauses);
            reads.add((System.nanoTime() - t) / 1_000_000);
        }
        reads.sort(null);
        System.out.printf("kept progress of %d clauses read: runs %s ms, median %d ms%n", ids.size(), reads,
                reads.get(4));

        // the MEF's yearly report reads the whole year of the ledger: 1,200,000 lines of 2025
        agreements.agree(new AgreementTerms(2025, new BigDecimal("250000"), LocalDate.of(2025, 2, 1), 1_000_000,
                100_000, 5_000, null));
        List<Long> reports = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            assertThat(agreements.report(2025)).isPresent();
            reports.add((System.nanoTime() - t) / 1_000_000);
        }
        reports.sort(null);
        System.out.printf("MEF report of 2025 (1,200,000 ledger lines in the year): runs %s ms, median %d ms%n",
                reports, reports.get(2));
    }

    /** Procurement applies each report after its commit, asynchronously. */
    private void waitForProcurement() {
        await().atMost(Duration.ofMinutes(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class).single() == 0);
    }
}
