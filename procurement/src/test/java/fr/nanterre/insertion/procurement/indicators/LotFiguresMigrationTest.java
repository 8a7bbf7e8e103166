package fr.nanterre.insertion.procurement.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import fr.nanterre.fixtures.MigrationSchema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Migration V5 fills the kept figures from contracts registered before it: procurement's migrations run up to V4 in a
 * schema of their own, a contract with a clause and its progress and a planned one go in, then V5 runs; its triggers
 * then keep the rows of that schema.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class LotFiguresMigrationTest {

    private static final String SCHEMA = "procurement_before_v5";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLotsRegisteredBeforeHaveTheirFiguresAndTheTotalsCountThem() {
        MigrationSchema schema = new MigrationSchema(dataSource, "procurement", SCHEMA);
        schema.migrateTo("4");
        UUID awarded = UUID.randomUUID();
        UUID clause = UUID.randomUUID();
        contract(awarded, "MIG-1", "AWARDED", LocalDate.of(2020, 1, 1));
        lot(awarded, clause, null);
        jdbc.sql(("insert into %s.clause_progress (clause_id, counted_at, realised_hours, people)"
                + " values (?, now(), 250, 3)").formatted(SCHEMA)).param(clause).update();
        UUID planned = UUID.randomUUID();
        contract(planned, "MIG-2", "PLANNED", null);
        lot(planned, null, 15);

        schema.migrateTo("5");

        // 12 months from 1 January 2020 (366 days), 1,000 h, 250 h done: behind from day 92, 2 April, when
        // 1,000 × 92/366 = 251.4 h are expected; 750 missing hours × 40 € at stake
        Map<String, Object> row = jdbc.sql("select * from %s.lot_figures where clause_id = ?".formatted(SCHEMA))
                .param(clause).query().singleRow();
        assertThat(row.get("behind_from").toString()).isEqualTo("2020-04-02");
        assertThat(row.get("considered")).isEqualTo(true);
        assertThat(row.get("realised_hours").toString()).isEqualTo("250.00");
        assertThat((java.math.BigDecimal) row.get("penalty")).isEqualByComparingTo("30000");
        assertThat(jdbc.sql("select considered from %s.lot_figures where contract_id = ?".formatted(SCHEMA))
                .param(planned).query(Boolean.class).single()).as("a criterion").isTrue();
        Map<String, Object> totals = jdbc.sql("select * from %s.figures_day where day <= date '2020-12-31'"
                .formatted(SCHEMA) + " order by day desc limit 1").query().singleRow();
        assertThat(totals.get("n_clauses")).isEqualTo(1);
        assertThat(totals.get("n_contracts")).as("the planned one is not notified").isEqualTo(1);
        assertThat(totals.get("b")).isEqualTo(1);
        assertThat((java.math.BigDecimal) totals.get("bp")).isEqualByComparingTo("30000");

        // the triggers keep the rows from now on: the target reached, the clause is achieved and never behind
        jdbc.sql("update %s.clause_progress set realised_hours = 1000 where clause_id = ?".formatted(SCHEMA))
                .param(clause).update();
        assertThat(jdbc.sql("select achieved::text || ' ' || coalesce(behind_from::text, '-') from %s.lot_figures"
                .formatted(SCHEMA) + " where clause_id = ?").param(clause).query(String.class).single())
                .isEqualTo("true -");
        assertThat(jdbc.sql("select count(*) from %s.figures_dirty".formatted(SCHEMA)).query(Long.class).single())
                .as("the totals are to count again").isEqualTo(1);
    }

    private void contract(UUID id, String reference, String status, @Nullable LocalDate notified) {
        jdbc.sql(("insert into %s.contract (id, reference, object, buyer, procedure, ccag, amount_excl_tax,"
                        + " duration_months, notified_on, status, search_key, version)"
                        + " values (?, ?, 'Travaux', 'Ville de Nanterre', 'ADAPTED', 'WORKS', 100000, 12, ?, ?, ?, 0)")
                        .formatted(SCHEMA))
                .params(id, reference, notified, status, reference.toLowerCase()).update();
    }

    private void lot(UUID contract, @Nullable UUID clause, @Nullable Integer criterion) {
        jdbc.sql(("insert into %s.lot (contract_id, position, id, number, title, amount_excl_tax, awardee_siret,"
                        + " awardee_name, reservation, insertion_contract, clause_id, clause_method,"
                        + " clause_fixed_hours, clause_target_hours, clause_penalty_per_hour, criterion_weight_percent)"
                        + " values (?, 0, ?, 1, 'Lot', 100000, '55210055400013', 'Bâtir', 'NONE', false, ?, ?, ?, ?, ?, ?)")
                        .formatted(SCHEMA))
                .params(contract, UUID.randomUUID(), clause, clause == null ? null : "FIXED_HOURS",
                        clause == null ? null : 1000, clause == null ? null : 1000, clause == null ? null : 40,
                        criterion)
                .update();
    }
}
