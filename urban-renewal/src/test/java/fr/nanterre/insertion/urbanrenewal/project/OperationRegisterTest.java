package fr.nanterre.insertion.urbanrenewal.project;

import static fr.nanterre.insertion.urbanrenewal.Acting.as;
import static fr.nanterre.insertion.urbanrenewal.TestContracts.awarded;
import static fr.nanterre.insertion.urbanrenewal.TestContracts.lotOf;
import static fr.nanterre.insertion.urbanrenewal.TestContracts.millionEuroLot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Projects, operations and their linked lots, as the Direction de la rénovation urbaine manages them. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@WithMockUser(username = "r.urbain", roles = {"URBAN_RENEWAL", "PROCUREMENT"})
class OperationRegisterTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Autowired
    ProjectRegister projects;
    @Autowired
    OperationRegister operations;
    @Autowired
    ContractRegister contracts;
    @Autowired
    JdbcClient jdbc;

    private Project project(String name) {
        return projects.create(new ProjectDetails(name + " " + UUID.randomUUID(), "Petit Nanterre", START,
                LocalDate.of(2030, 12, 31), "M. Lambert", BigDecimal.valueOf(5)));
    }

    private Operation operation(Project project, OperationCategory category) {
        return operations.create(project.id(), new OperationDetails("Résidentialisation des Pâquerettes",
                OwnerKind.SOCIAL_LANDLORD, "Logis Nanterre Habitat", category, START, LocalDate.of(2027, 12, 31)));
    }

    @Test
    void aLinkedLotKeepsWhatProcurementSaysOfItAndGivesTheOperationItsHoursOfWork() {
        Operation operation = operation(project("PRUS Université"), OperationCategory.WORKS);
        Contract contract = millionEuroLot(contracts, "LNH-" + UUID.randomUUID(), "Logis Nanterre Habitat");

        operation = operations.link(operation, lotOf(contract));

        assertThat(operations.lotsOf(operation)).singleElement().satisfies(lot -> {
            assertThat(lot.workHours()).isEqualTo(16_667);
            assertThat(lot.clauseTargetHours()).isEqualTo(833);
            assertThat(lot.procured().buyer()).isEqualTo("Logis Nanterre Habitat");
            assertThat(lot.procured().notifiedOn()).isNull();
        });
        assertThat(operations.rateOf(operation)).isEqualByComparingTo("5");
    }

    @Test
    void theAwardOfALinkedContractReachesUrbanRenewalThroughItsEvent(Scenario scenario) {
        Operation operation = operation(project("PRUS Petit Nanterre"), OperationCategory.WORKS);
        Contract contract = millionEuroLot(contracts, "VN-" + UUID.randomUUID(), ContractDetails.CITY);
        operations.link(operation, lotOf(contract));

        scenario.stimulate(() -> awarded(contracts, contract, LocalDate.of(2026, 2, 1)))
                .andWaitForStateChange(() -> jdbc.sql("select notified_on from urban_renewal.procured_lot where lot_id = ?")
                        .param(lotOf(contract)).query(LocalDate.class).optional().orElse(null))
                .andVerify(notified -> assertThat(notified).isEqualTo(LocalDate.of(2026, 2, 1)));
    }

    /**
     * The department raises a planned contract's clause after urban renewal flagged that it does not cover the
     * charter: the new target reaches the linked lot's copy through procurement's event, before the award.
     */
    @Test
    void aClauseRaisedAfterTheLotWasLinkedReachesTheCopy(Scenario scenario) {
        Operation operation = operation(project("PRUS Université"), OperationCategory.LOCAL_MANAGEMENT);
        Contract contract = millionEuroLot(contracts, "VN-" + UUID.randomUUID(), ContractDetails.CITY);
        operations.link(operation, lotOf(contract));

        // 1,000,000 € × 50 % ÷ 30 €/h × 10 % = 1,667 h, the charter's target for local management
        scenario.stimulate(() -> contracts.setClause(contract, lotOf(contract), HoursTarget.amountBased(
                        new BigDecimal("1000000"), new BigDecimal("50"), new BigDecimal("30"), BigDecimal.TEN),
                        new BigDecimal("40"), "MASONRY"))
                .andWaitForStateChange(() -> jdbc.sql(
                                "select clause_target_hours from urban_renewal.procured_lot where lot_id = ?")
                        .param(lotOf(contract)).query(Integer.class).single(), target -> target != 833)
                .andVerify(target -> assertThat(target).isEqualTo(1_667));
    }

    @Test
    void aLotCarriesOutOneOperationOnly() {
        Project project = project("PRUS Université");
        Operation first = operation(project, OperationCategory.WORKS);
        Operation second = operations.create(project.id(), new OperationDetails("Gymnase", OwnerKind.CITY,
                ContractDetails.CITY, OperationCategory.WORKS, START, LocalDate.of(2027, 6, 30)));
        UUID lot = lotOf(millionEuroLot(contracts, "VN-" + UUID.randomUUID(), ContractDetails.CITY));
        Operation linked = operations.link(first, lot);

        assertThatThrownBy(() -> operations.link(linked, lot)).isInstanceOf(LotAlreadyLinkedException.class)
                .extracting(e -> ((LotAlreadyLinkedException) e).operationName())
                .isEqualTo("Résidentialisation des Pâquerettes");
        assertThatThrownBy(() -> operations.link(second, lot)).isInstanceOf(LotAlreadyLinkedException.class);
        assertThat(operations.find(second.id()).orElseThrow().lots()).isEmpty();
    }

    @Test
    void aRateSetForAnOperationKeepsWhoSetItWhenAndWhyAndGoesBackToTheInheritedOne() {
        Operation operation = operation(project("PRUS Université"), OperationCategory.LOCAL_MANAGEMENT);
        assertThat(operations.rateOf(operation)).isEqualByComparingTo("10");

        operation = operations.overrideRate(operation, new BigDecimal("7"), "Marché de GUP de courte durée");
        assertThat(operations.rateOf(operation)).isEqualByComparingTo("7");
        assertThat(operation.rateOverride()).satisfies(override -> {
            assertThat(override.by()).isEqualTo("r.urbain");
            assertThat(override.reason()).isEqualTo("Marché de GUP de courte durée");
            assertThat(override.at()).isNotNull();
        });

        Operation read = operation;
        assertThatIllegalArgumentException().isThrownBy(() -> operations.overrideRate(read, new BigDecimal("120"), "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> operations.overrideRate(read, new BigDecimal("6"), " "));

        operation = operations.overrideRate(operations.find(operation.id()).orElseThrow(), null, "");
        assertThat(operation.rateOverride()).isNull();
        assertThat(operations.rateOf(operation)).isEqualByComparingTo("10");
    }

    @Test
    void anOperationEndsAfterItStartsAndAProjectsRateIsAPercentage() {
        Project project = project("PRUS Université");
        assertThatIllegalArgumentException().isThrownBy(() -> operations.create(project.id(), new OperationDetails(
                "Démolition", OwnerKind.CITY, ContractDetails.CITY, OperationCategory.WORKS, START,
                START.minusDays(1))));
        assertThatIllegalArgumentException().isThrownBy(() -> projects.create(new ProjectDetails("PRUS " + UUID.randomUUID(),
                "Université", START, null, null, new BigDecimal("101"))));
        assertThatThrownBy(() -> projects.create(project.details())).isInstanceOf(DuplicateProjectException.class);
    }

    @Test
    void aChangeFromAnOutOfDateCopyIsRefused() {
        Operation operation = operation(project("PRUS Université"), OperationCategory.WORKS);
        Operation stale = operations.find(operation.id()).orElseThrow();
        operations.update(operations.find(operation.id()).orElseThrow(), new OperationDetails("Nouveau nom",
                OwnerKind.CITY, ContractDetails.CITY, OperationCategory.WORKS, START, LocalDate.of(2027, 1, 1)));

        assertThatThrownBy(() -> operations.overrideRate(stale, new BigDecimal("6"), "Charte révisée"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(operations.find(operation.id()).orElseThrow().rateOverride()).isNull();
    }

    @Test
    void handEnteredHoursOfWorkReplaceTheEstimateForALotWithoutCalculatorInputs() {
        Operation operation = operation(project("PRUS Université"), OperationCategory.WORKS);
        UUID lot = lotOf(millionEuroLot(contracts, "VN-" + UUID.randomUUID(), ContractDetails.CITY));
        operation = operations.enterWorkHours(operations.link(operation, lot), lot, 12_000);
        assertThat(operations.lotsOf(operation).getFirst().workHours()).isEqualTo(12_000);
        operation = operations.enterWorkHours(operation, lot, null);
        assertThat(operations.lotsOf(operation).getFirst().workHours()).isEqualTo(16_667);
    }

    @Test
    void administratorsAndViewersReadButOnlyTheUrbanRenewalDepartmentWrites() {
        Project project = project("PRUS Université");
        Operation operation = operation(project, OperationCategory.WORKS);

        for (String reader : new String[] {"ADMIN", "VIEWER"}) {
            as(reader, () -> {
                assertThat(operations.find(operation.id())).isPresent();
                assertThat(projects.find(project.id())).isPresent();
                assertThatThrownBy(() -> operations.overrideRate(operation, BigDecimal.TEN, "x"))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> projects.update(project, project.details()))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        for (String other : new String[] {"PARTNERS", "PROCUREMENT", "FACILITATOR"}) {
            as(other, () -> {
                assertThatThrownBy(() -> operations.find(operation.id())).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> projects.count(null)).isInstanceOf(AccessDeniedException.class);
            });
        }
    }
}
