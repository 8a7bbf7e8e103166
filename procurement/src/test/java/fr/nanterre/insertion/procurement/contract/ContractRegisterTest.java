package fr.nanterre.insertion.procurement.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.procurement.ClausesProgressed;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.ContractClosed;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.insertion.procurement.clause.ClauseProgressProjection;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class ContractRegisterTest {

    @Autowired
    ContractRegister register;
    @Autowired
    ClauseFollowUp followUp;
    @Autowired
    ClauseProgressProjection progress;
    @Autowired
    StructureDirectory structures;
    @Autowired
    JdbcClient jdbc;

    private static ContractDetails details(String reference, String amount, int months) {
        return new ContractDetails(reference, "Réhabilitation du groupe scolaire Voltaire", ContractDetails.CITY,
                "21920050200019", Procedure.OPEN_TENDER, "45214200-2", Ccag.WORKS, new BigDecimal(amount), months,
                LocalDate.of(2026, 3, 1));
    }

    private Contract withLot(String reference, Reservation reservation) {
        Contract contract = register.plan(details(reference, "1000000", 12));
        return register.putLot(contract, null, new LotDetails(1, "Gros œuvre", new BigDecimal("1000000"),
                reservation, false, null, null));
    }

    @Test
    void aClauseOnAMillionEuroLotGetsItsTargetAndTheAwardPublishesIt(Scenario scenario) {
        Contract contract = withLot("2026-TRAV-001", Reservation.NONE);
        UUID lotId = contract.lots().getFirst().id();
        contract = register.setClause(contract, lotId, HoursTarget.amountBased(new BigDecimal("1000000"),
                new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("5")), new BigDecimal("45"), "MASONRY");
        contract = register.awardLot(contract, lotId, "552 100 554 00013", "Bâtir Seine SA");
        assertThat(contract.targetHours()).isEqualTo(833);

        Contract awarded = contract;
        scenario.stimulate(() -> register.award(awarded, LocalDate.of(2026, 4, 1)))
                .andWaitForEventOfType(ContractAwarded.class)
                .matching(event -> event.reference().equals("2026-TRAV-001"))
                .toArriveAndVerify(event -> {
                    assertThat(event.lots()).singleElement().satisfies(lot -> {
                        assertThat(lot.targetHours()).isEqualTo(833);
                        assertThat(lot.awardeeSiret()).isEqualTo("55210055400013");
                        assertThat(lot.awardeeStructureId()).isNull();
                    });
                    assertThat(event.durationMonths()).isEqualTo(12);
                });
    }

    @Test
    void aLotReservedToSiaeGoesOnlyToARegisteredSiae() {
        Contract contract = withLot("2026-RES-001", Reservation.SIAE);
        UUID lotId = contract.lots().getFirst().id();
        UUID ei = structures.register(StructureDetails.of("EI Réservée", StructureKind.EI, "51051051000051")).id();
        structures.register(StructureDetails.of("Entreprise ordinaire", StructureKind.EMPLOYER, "52052052000052"));

        Contract refused = contract;
        assertThatThrownBy(() -> register.awardLot(refused, lotId, "52052052000052", ""))
                .isInstanceOf(ReservedLotException.class);
        assertThatThrownBy(() -> register.awardLot(refused, lotId, "53053053000053", "Inconnue"))
                .isInstanceOf(ReservedLotException.class);

        Lot lot = register.awardLot(contract, lotId, "51051051000051", "").lots().getFirst();
        assertThat(lot.awardeeStructureId()).isEqualTo(ei);
        assertThat(lot.awardeeName()).isEqualTo("EI Réservée");
    }

    @Test
    void progressFromFacilitationGivesTheClausesStatusEtpAndPenalty(Scenario scenario) {
        Contract contract = withLot("2026-PROG-001", Reservation.NONE);
        UUID lotId = contract.lots().getFirst().id();
        contract = register.setClause(contract, lotId, HoursTarget.fixed(1000), new BigDecimal("40"), null);
        contract = register.awardLot(contract, lotId, "55210055400013", "Bâtir Seine SA");
        contract = register.award(contract, LocalDate.now().minusMonths(6));
        UUID clauseId = contract.lots().getFirst().clause().id();

        Instant counted = Instant.now();
        UUID otherClause = UUID.randomUUID();
        // one report for every clause a change of the ledger touched
        scenario.publish(new ClausesProgressed(counted, List.of(new ClauseTotals(clauseId, new BigDecimal("803.5"), 4,
                        Map.of(Modality.DIRECT_HIRE, new BigDecimal("600"), Modality.PROVISION, new BigDecimal("203.5"))),
                        new ClauseTotals(otherClause, new BigDecimal("35"), 1, Map.of(Modality.DIRECT_HIRE,
                                new BigDecimal("35"))))))
                .andWaitForStateChange(() -> realised(clauseId), hours -> hours != null)
                .andVerify(hours -> assertThat(hours).isEqualByComparingTo("803.5"));
        assertThat(realised(otherClause)).isEqualByComparingTo("35");
        assertThat(progress.of(otherClause).hoursByModality()).containsEntry(Modality.DIRECT_HIRE,
                new BigDecimal("35.00"));

        ClauseStanding standing = followUp.of(register.find(contract.id()).orElseThrow()).getFirst();
        assertThat(standing.status()).isEqualTo(ComplianceStatus.ON_TRACK);
        assertThat(standing.etp()).isEqualByComparingTo("0.50"); // 803.5 ÷ 1,607
        assertThat(standing.people()).isEqualTo(4);
        assertThat(standing.percentOfTarget()).isEqualByComparingTo("80.4");
        assertThat(standing.hoursByModality()).containsEntry(Modality.PROVISION, new BigDecimal("203.50"));

        // an older report, delivered late, does not replace the newer one
        scenario.publish(new ClausesProgressed(counted.minusSeconds(1), List.of(new ClauseTotals(clauseId,
                        new BigDecimal("100"), 1, Map.of()))))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class).single(), pending -> pending == 0)
                .andVerify(pending -> assertThat(realised(clauseId)).isEqualByComparingTo("803.5"));

        Contract closing = register.find(contract.id()).orElseThrow();
        scenario.stimulate(() -> register.close(closing, LocalDate.now()))
                .andWaitForEventOfType(ContractClosed.class)
                .matching(event -> event.contractId().equals(closing.id()))
                .toArrive();
        ClauseStanding closed = followUp.of(register.find(contract.id()).orElseThrow()).getFirst();
        assertThat(closed.status()).isEqualTo(ComplianceStatus.FAILED);
        assertThat(closed.penalty()).isEqualByComparingTo("7860.0"); // 196.5 missing hours × 40 €
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        assertThatIllegalArgumentException().isThrownBy(() -> register.plan(details("2026-BAD-1", "-1", 12)));
        assertThatIllegalArgumentException().isThrownBy(() -> register.plan(details("2026-BAD-2", "1000", 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> register.plan(new ContractDetails("2026-BAD-3",
                "Objet", "", null, Procedure.ADAPTED, "4521420", Ccag.WORKS, BigDecimal.TEN, 3, null)));
        assertThat(register.count(new ContractFilter("2026-bad", null, null))).isZero();

        register.plan(details("2026-DUP-1", "1000", 3));
        assertThatThrownBy(() -> register.plan(details("2026-DUP-1", "2000", 3)))
                .isInstanceOf(DuplicateContractException.class);
        Contract contract = withLot("2026-BAD-4", Reservation.NONE);
        assertThatThrownBy(() -> register.setClause(contract, contract.lots().getFirst().id(),
                HoursTarget.amountBased(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("120")),
                BigDecimal.ONE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(register.find(contract.id()).orElseThrow().lots().getFirst().clause()).isNull();
    }

    @Test
    void thePlanListsTheYearsPlannedContractsWithTheHoursTheyWillGenerate() {
        Contract planned = register.plan(new ContractDetails("2041-PLAN-1", "Entretien des espaces verts",
                ContractDetails.CITY, null, Procedure.ADAPTED, "77310000", Ccag.SUPPLIES_AND_SERVICES,
                new BigDecimal("300000"), 36, LocalDate.of(2041, 9, 1)));
        planned = register.putLot(planned, null, new LotDetails(1, "Secteur nord", new BigDecimal("300000"),
                Reservation.NONE, false, null, null));
        // 300,000 × 65 % ÷ 27 × 10 % = 722.2 h → 722
        register.setClause(planned, planned.lots().getFirst().id(), HoursTarget.amountBased(new BigDecimal("300000"),
                new BigDecimal("65"), new BigDecimal("27"), new BigDecimal("10")), BigDecimal.TEN, "GREEN_SPACES");
        register.plan(new ContractDetails("2042-PLAN-1", "Autre année", ContractDetails.CITY, null,
                Procedure.ADAPTED, null, Ccag.NONE, BigDecimal.TEN, 12, LocalDate.of(2042, 1, 15)));

        assertThat(register.plannedIn(2041)).extracting(Contract::reference, Contract::targetHours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2041-PLAN-1", 722));
    }

    @Test
    @WithMockUser(roles = Roles.FACILITATOR)
    void facilitatorsReadContractsButDoNotChangeThem() {
        assertThat(register.count(ContractFilter.ALL)).isNotNegative();
        assertThatThrownBy(() -> register.plan(details("2026-FAC-1", "1000", 3)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private BigDecimal realised(UUID clauseId) {
        return jdbc.sql("select realised_hours from procurement.clause_progress where clause_id = ?")
                .param(clauseId).query(BigDecimal.class).optional().orElse(null);
    }
}
