package fr.nanterre.insertion.facilitation.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.ContractAwarded.AwardedLot;
import fr.nanterre.insertion.procurement.ContractClosed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = "FACILITATOR")
class FollowedClausesTest {

    @Autowired
    FollowedClauses clauses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAwardedContractsClausesAreFollowedAndTheirClosureRecorded(Scenario scenario) {
        UUID contract = UUID.randomUUID();
        UUID clause = UUID.randomUUID();
        scenario.publish(new ContractAwarded(contract, "2026-SUIVI-01", "Hauts-de-Seine Habitat",
                        LocalDate.of(2026, 5, 1), 24, List.of(
                        new AwardedLot(UUID.randomUUID(), 1, "Gros œuvre", "55210055400013", null, clause, 833),
                        new AwardedLot(UUID.randomUUID(), 2, "Études", "73282932000074", null, null, 0))))
                .andWaitForStateChange(() -> count(contract), n -> n > 0)
                .andVerify(n -> {
                    assertThat(n).as("only the lot with a clause").isEqualTo(1);
                    FollowedClause followed = clauses.find(clause).orElseThrow();
                    assertThat(followed.targetHours()).isEqualTo(833);
                    assertThat(followed.buyer()).isEqualTo("Hauts-de-Seine Habitat");
                    assertThat(followed.closedOn()).isNull();
                });

        scenario.publish(new ContractClosed(contract, "2026-SUIVI-01", LocalDate.of(2028, 5, 2)))
                .andWaitForStateChange(() -> jdbc.sql("select closed_on from facilitation.followed_clause where clause_id = ?")
                        .param(clause).query(LocalDate.class).optional().orElse(null), closed -> closed != null)
                .andVerify(closed -> assertThat(closed).isEqualTo(LocalDate.of(2028, 5, 2)));
    }

    @Test
    void aClosureThatArrivesBeforeItsAwardIsNotLost(Scenario scenario) {
        UUID contract = UUID.randomUUID();
        UUID clause = UUID.randomUUID();
        scenario.publish(new ContractClosed(contract, "2026-SUIVI-02", LocalDate.of(2027, 1, 15)))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from facilitation.closed_contract "
                        + "where contract_id = ?").param(contract).query(Long.class).single(), n -> n > 0);
        scenario.publish(new ContractAwarded(contract, "2026-SUIVI-02", "Ville de Nanterre", LocalDate.of(2026, 1, 5),
                        12, List.of(new AwardedLot(UUID.randomUUID(), 1, "Voirie", "55210055400013", null, clause,
                        400))))
                .andWaitForStateChange(() -> count(contract), n -> n > 0)
                .andVerify(n -> assertThat(clauses.find(clause).orElseThrow().closedOn())
                        .isEqualTo(LocalDate.of(2027, 1, 15)));
    }

    private long count(UUID contract) {
        return jdbc.sql("select count(*) from facilitation.followed_clause where contract_id = ?")
                .param(contract).query(Long.class).single();
    }
}
