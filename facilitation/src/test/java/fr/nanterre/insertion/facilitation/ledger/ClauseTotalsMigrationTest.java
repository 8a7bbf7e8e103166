package fr.nanterre.insertion.facilitation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import javax.sql.DataSource;

import fr.nanterre.fixtures.MigrationSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Migration V9 fills the kept totals from a ledger that already has hours: facilitation's migrations run up to V8
 * in a schema of their own, a small ledger goes in, then V9 runs.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ClauseTotalsMigrationTest {

    private static final String SCHEMA = "facilitation_before_v9";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTotalsOfAnExistingLedgerAreKeptWithoutTheCoefficients() {
        MigrationSchema schema = new MigrationSchema(dataSource, "facilitation", SCHEMA);
        schema.migrateTo("8");
        UUID clauseA = UUID.randomUUID();
        UUID clauseB = UUID.randomUUID();
        UUID direct = placement("P-2025-000001", "DIRECT_HIRE");
        UUID provided = placement("P-2025-000002", "PROVISION");
        share(direct, 0, clauseA, "100");
        share(provided, 0, clauseA, "60");
        share(provided, 1, clauseB, "40");
        UUID validated = statement("VALIDATED");
        UUID received = statement("RECEIVED");
        hours(direct, "2025-03-01", "151.67", validated);
        hours(direct, "2025-04-01", "140", null);
        hours(provided, "2025-04-01", "100", null);
        hours(provided, "2025-05-01", "70", received);

        schema.migrateTo("9");

        // A: 151.67 + 140 (direct hire) and 60 % of 100 (provision; May's 70 h wait for their statement)
        assertThat(sql("select people from %s.clause_total where clause_id = ?", clauseA)).isEqualTo("2");
        assertThat(sql("select hours from %s.clause_total_modality where clause_id = ? and modality = 'DIRECT_HIRE'",
                clauseA)).isEqualTo("291.6700");
        assertThat(sql("select hours from %s.clause_total_modality where clause_id = ? and modality = 'PROVISION'",
                clauseA)).isEqualTo("60.0000");
        assertThat(sql("select hours from %s.clause_total_modality where clause_id = ?", clauseB)).isEqualTo("40.0000");
    }

    private UUID placement(String reference, String modality) {
        UUID id = UUID.randomUUID();
        jdbc.sql(("insert into %s.placement (id, participant_id, participant_reference, employer_siret, employer_name,"
                        + " modality, start_date, eligible_at_start, validated_by, validated_at, version)"
                        + " values (?, ?, ?, '55210055400013', 'Bâtir', ?, date '2025-01-01', true, 'f', now(), 0)")
                        .formatted(SCHEMA))
                .params(id, UUID.randomUUID(), reference, modality).update();
        return id;
    }

    private void share(UUID placement, int position, UUID clause, String percent) {
        jdbc.sql("insert into %s.placement_share (placement_id, position, clause_id, percent) values (?, ?, ?, ?)"
                .formatted(SCHEMA)).params(placement, position, clause, new BigDecimal(percent)).update();
    }

    private UUID statement(String state) {
        UUID id = UUID.randomUUID();
        jdbc.sql(("insert into %s.statement (id, file_name, received_at, received_by, state, lines, version)"
                + " values (?, 'releve.csv', now(), 'f', ?, 1, 0)").formatted(SCHEMA)).params(id, state).update();
        return id;
    }

    private void hours(UUID placement, String month, String hours, UUID statement) {
        jdbc.sql(("insert into %s.hours_entry (placement_id, month, hours, statement_id, entered_by)"
                        + " values (?, cast(? as date), ?, ?, 'f')").formatted(SCHEMA))
                .params(placement, month, new BigDecimal(hours), statement).update();
    }

    private String sql(String query, UUID clause) {
        return jdbc.sql(query.formatted(SCHEMA)).param(clause).query(String.class).single();
    }
}
