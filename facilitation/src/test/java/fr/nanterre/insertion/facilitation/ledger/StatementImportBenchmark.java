package fr.nanterre.insertion.facilitation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A 100,000-line statement by participant reference (the MEF's own file, NationalBenchmark's shape), previewed and
 * imported, each step timed apart, against a PostgreSQL {@code COPY} of the same lines into a scratch table in the
 * same run (issue 14's goal: ≤ 5× for an import, which checks every line). Median of 5 imports of 5 months after two
 * warm-up imports. Run with {@code mvn verify -pl facilitation -am -Dgroups=benchmark -DexcludedGroups=
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=StatementImportBenchmark}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "procurement")
@WithMockUser(username = "bench", roles = "FACILITATOR")
class StatementImportBenchmark {

    private static final int PEOPLE = 100_000;

    @Autowired
    StatementImport statements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aHundredThousandLineStatementByReference() throws Exception {
        jdbc.sql("""
                insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                    employer_name, modality, start_date, eligible_at_start, validated_by, validated_at, version)
                select md5('p' || i)::uuid, md5('q' || i)::uuid, 'P-2024-' || lpad(i::text, 6, '0'),
                    '55210055400013', 'Bench', 'DIRECT_HIRE', date '2024-01-01', true, 'bench', now(), 0
                from generate_series(1, ?) i""").param(PEOPLE).update();
        jdbc.sql("analyze facilitation.placement").update();
        statements.apply(statements.preview("warm-up-1.csv", statement(PEOPLE, "01/2025")));
        statements.apply(statements.preview("warm-up-2.csv", statement(PEOPLE, "02/2025")));

        List<Long> previews = new ArrayList<>();
        List<Long> imports = new ArrayList<>();
        List<Long> copies = new ArrayList<>();
        List<Long> ledgerCopies = new ArrayList<>();
        for (int month = 3; month <= 7; month++) {
            byte[] file = statement(PEOPLE, "%02d/2025".formatted(month));
            long started = System.nanoTime();
            Preview preview = statements.preview("national-" + month + ".csv", file);
            long previewed = System.nanoTime();
            Statement received = statements.apply(preview);
            long applied = System.nanoTime();
            assertThat(preview.count(Status.ACCEPTED)).isEqualTo(PEOPLE);
            assertThat(received.lines()).isEqualTo(PEOPLE);
            previews.add((previewed - started) / 1_000);
            imports.add((applied - previewed) / 1_000);
            copies.add(copy(new String(file, StandardCharsets.UTF_8).substring(1)));
            ledgerCopies.add(copyIntoTheLedger(received.id(), "2025-%02d-01".formatted(month + 5)));
        }
        double preview = median(previews) / 1000.0;
        double apply = median(imports) / 1000.0;
        double copy = median(copies) / 1000.0;
        double ledgerCopy = median(ledgerCopies) / 1000.0;
        System.out.printf(java.util.Locale.ROOT, "statement of %d lines by reference: preview %.1f ms, import %.1f ms,"
                        + " total %.1f ms; COPY of the same lines into a bare scratch table %.1f ms (ratio %.2f); COPY"
                        + " of the same lines into the ledger (its keys, checks and indexes) %.1f ms (ratio %.2f)%n",
                PEOPLE, preview, apply, preview + apply, copy, (preview + apply) / copy, ledgerCopy,
                (preview + apply) / ledgerCopy);
    }

    private long copy(String lines) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(
                    "create temporary table statement_scratch (reference text, month text, hours text)");
            long t = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy statement_scratch from stdin with (format csv, delimiter ';', header true)",
                    new StringReader(lines));
            long micros = (System.nanoTime() - t) / 1_000;
            assertThat(copied).isEqualTo(PEOPLE);
            connection.createStatement().execute("drop table statement_scratch");
            return micros;
        }
    }

    /**
     * The same 100,000 lines, resolved (placement, month, hours, statement, user), copied by the database into
     * {@code hours_entry} with its primary key, its foreign keys, its checks and its indexes, in a transaction
     * rolled back: the database doing the import's write, without the Java side's reading and checking.
     */
    private long copyIntoTheLedger(java.util.UUID statement, String month) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= PEOPLE; i++) {
            rows.append(md5Uuid("p" + i)).append('\t').append(month).append("\t151.67\t").append(statement)
                    .append("\tbench\n");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long t = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by) from stdin",
                    new StringReader(rows.toString()));
            long micros = (System.nanoTime() - t) / 1_000;
            assertThat(copied).isEqualTo(PEOPLE);
            connection.rollback();
            return micros;
        }
    }

    /** PostgreSQL's {@code md5(text)::uuid}, as the generator names the placements. */
    private static String md5Uuid(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        String hex = java.util.HexFormat.of().formatHex(digest);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static byte[] statement(int lines, String month) {
        StringBuilder csv = new StringBuilder("\uFEFFRéférence participant;Mois;Heures\n");
        for (int i = 1; i <= lines; i++) {
            csv.append("P-2024-%06d;%s;151,67\n".formatted(i, month));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
