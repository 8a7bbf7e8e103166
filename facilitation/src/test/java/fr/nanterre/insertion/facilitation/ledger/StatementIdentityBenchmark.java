package fr.nanterre.insertion.facilitation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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
 * The scale target of the company statements (measured, not asserted): a 100,000-line statement in the company
 * format, without references, matched by name and birth date among 100,000 participants placed with its
 * employer, previewed and imported; and, in the same run, a PostgreSQL {@code COPY} of the same lines into a
 * scratch table, the floor any import of them stands on. Run with {@code mvn verify -pl facilitation -am
 * -Dgroups=benchmark -DexcludedGroups= -Dtest=StatementIdentityBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "procurement")
@WithMockUser(username = "bench", roles = "FACILITATOR")
class StatementIdentityBenchmark {

    private static final String SIRET = "55210055400013";

    @Autowired
    StatementImport statements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aHundredThousandLineCompanyStatementMatchedByIdentity() throws Exception {
        int people = 100_000;
        long started = System.nanoTime();
        // test data only: the participants as partners stores them (accents, apostrophes), placed with one employer
        jdbc.sql("""
                insert into partners.participant (id, reference, last_name, first_name, birth_date, sex, commune,
                    insee_code, qpv_resident, nanterre_resident, referring_organisation, search_key, enrolled_on,
                    version)
                select md5('q' || i)::uuid, 'P-2024-' || lpad(i::text, 6, '0'), 'N''Diaye-Lefèvre ' || i, 'Zoé',
                    date '1960-01-01' + (i % 15000), 'FEMALE', 'Nanterre', '92050', true, true, 'PLIE',
                    'ndiaye-lefevre ' || i || ' zoe', date '2024-01-01', 0
                from generate_series(1, ?) i""").param(people).update();
        jdbc.sql("""
                insert into facilitation.placement (id, participant_id, participant_reference, employer_siret,
                    employer_name, modality, contract_type, start_date, eligible_at_start, validated_by,
                    validated_at, version)
                select md5('p' || i)::uuid, md5('q' || i)::uuid, 'P-2024-' || lpad(i::text, 6, '0'), ?, 'Bench',
                    'DIRECT_HIRE', 'CDD', date '2024-01-01', true, 'bench', now(), 0
                from generate_series(1, ?) i""").params(SIRET, people).update();
        jdbc.sql("analyze partners.participant, facilitation.placement").update();
        System.out.printf("generated %d participants and placements in %d ms%n", people,
                (System.nanoTime() - started) / 1_000_000);

        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        StringBuilder lines = new StringBuilder("SIRET entreprise;Nom;Prénom;Date de naissance;Mois;Heures;Contrat\n");
        for (int i = 1; i <= people; i++) {
            lines.append(SIRET).append(";NDIAYE LEFEVRE ").append(i).append(";ZOE;")
                    .append(LocalDate.of(1960, 1, 1).plusDays(i % 15000).format(french))
                    .append(";08/2025;151,67;CDD\n");
        }
        byte[] file = ("\uFEFF" + lines).getBytes(StandardCharsets.UTF_8);

        started = System.nanoTime();
        Preview preview = statements.preview("bench-entreprise.csv", file);
        long previewed = System.nanoTime();
        Statement received = statements.apply(preview);
        long applied = System.nanoTime();
        assertThat(preview.count(Status.ACCEPTED)).isEqualTo(people);
        assertThat(received.lines()).isEqualTo(people);
        long importMs = (applied - started) / 1_000_000;

        long copyMs;
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("create temporary table statement_scratch (siret text, "
                    + "last_name text, first_name text, birth_date text, month text, hours text, contract text)");
            long t = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy statement_scratch from stdin with (format csv, delimiter ';', header true)",
                    new StringReader(lines.toString()));
            copyMs = Math.max(1, (System.nanoTime() - t) / 1_000_000);
            assertThat(copied).isEqualTo(people);
            connection.createStatement().execute("drop table statement_scratch");
        }
        System.out.printf("company statement of %d lines matched by identity among %d placed participants: "
                        + "preview %d ms, import %d ms, total %d ms; COPY of the same lines %d ms; ratio %.1f%n",
                people, people, (previewed - started) / 1_000_000, (applied - previewed) / 1_000_000, importMs,
                copyMs, (double) importMs / copyMs);
    }
}
