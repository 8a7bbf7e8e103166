package fr.nanterre.insertion.procurement.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.procurement.clause.Trade;
import fr.nanterre.insertion.procurement.clause.TradeTable;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Candidate;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Option;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The recommender against the database: the local supply comes from partners (activities, declared capacity), how
 * busy each structure is from the contracts it holds here, the labour share from the trade table.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class RecommenderTest {

    private static final String PAINTING_CPV = "45442100";

    @Autowired
    Recommender recommender;
    @Autowired
    ContractRegister register;
    @Autowired
    StructureDirectory structures;
    @Autowired
    TradeTable trades;

    private static ContractDetails planned(String reference, String cpv, String amount, int months) {
        return new ContractDetails(reference, "Travaux " + reference, ContractDetails.CITY, "21920050200019",
                Procedure.ADAPTED, cpv, Ccag.WORKS, new BigDecimal(amount), months, LocalDate.of(2026, 9, 1));
    }

    /**
     * A painting EI of 3,500 h a year that holds a painting lot of 45,000 € for 12 months: 1,050 h, 30 %. Its activity
     * is the CPV family 454421 (painting work), which the painters of other tests in the same database do not have.
     */
    private UUID busyPainter(String name, String siret) {
        UUID id = structures.register(StructureDetails.of(name, StructureKind.EI, siret)
                .withSupply(List.of("454421"), 3, 3500)).id();
        Contract held = register.plan(planned("REC-HELD-" + siret, PAINTING_CPV, "45000", 12));
        held = register.putLot(held, null, new LotDetails(1, "Peinture", new BigDecimal("45000"), Reservation.SIAE,
                false, null, null));
        held = register.awardLot(held, held.lots().getFirst().id(), siret, "");
        register.award(held, LocalDate.of(2026, 1, 5));
        return id;
    }

    @Test
    void paintingWorksWithThreeBusyLocalSiaeGetAReservedLotWhichOneStepTurnsIntoTheContractsLots() {
        List<UUID> painters = List.of(busyPainter("EI Couleurs Reco", "91091091000091"),
                busyPainter("EI Pinceaux Reco", "92092092000092"), busyPainter("EI Façades Reco", "93093093000093"));
        Contract school = register.plan(planned("REC-PAINT-001", "45442100-3", "400000", 12));

        Recommendation recommendation = recommender.recommend(Purchase.of(school, "Nanterre"));

        assertThat(recommendation.tradeCode()).isEqualTo("PAINTING");
        assertThat(recommendation.labourSharePercent()).isEqualByComparingTo("70");
        assertThat(recommendation.workHours()).isEqualTo(9333);
        Option first = recommendation.first();
        assertThat(first.kind()).isEqualTo(OptionKind.RESERVED_LOT);
        assertThat(first.reservation()).isEqualTo(Reservation.SIAE);
        assertThat(first.structures()).extracting(Candidate::structureId).containsExactlyInAnyOrderElementsOf(painters);
        assertThat(first.structures()).allSatisfy(painter -> {
            assertThat(painter.busyHoursPerYear()).isEqualTo(1050);
            assertThat(painter.busyPercent()).isEqualTo(30);
        });
        assertThat(first.lotAmount()).isEqualByComparingTo("200000");
        assertThat(first.forecastHours()).isEqualTo(4667);
        assertThat(recommendation.options()).filteredOn(o -> o.kind() == OptionKind.EXECUTION_CLAUSE)
                .singleElement().satisfies(clause -> assertThat(clause.forecastHours()).isEqualTo(467));

        // one step: the open part and the reserved lot
        Contract split = recommender.apply(school, recommendation, first);
        assertThat(split.lots()).extracting(Lot::number, Lot::title, Lot::reservation).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Travaux REC-PAINT-001", Reservation.NONE),
                org.assertj.core.groups.Tuple.tuple(2, "Lot réservé aux SIAE", Reservation.SIAE));
        assertThat(split.lots()).extracting(Lot::amountExclTax).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("200000"), new BigDecimal("200000"));

        // and a clause on top, on every lot: 200,000 × 70 % ÷ 30 × 5 % = 467 h... per 200,000 €: 233 h each
        Option clause = recommendation.options().stream().filter(o -> o.kind() == OptionKind.EXECUTION_CLAUSE)
                .findFirst().orElseThrow();
        Contract withClauses = recommender.apply(split, recommendation, clause);
        assertThat(withClauses.lots()).allSatisfy(lot -> {
            assertThat(lot.clause().targetHours()).isEqualTo(233);
            assertThat(lot.clause().tradeCode()).isEqualTo("PAINTING");
        });
        assertThat(withClauses.targetHours()).isEqualTo(466);
    }

    @Test
    void roadWorksOfTwoMillionWithNoLocalSupplyGetAnExecutionClauseOf667Hours() {
        // the City's table gives road works 20 % of labour for this test (35 % as seeded), as the example
        Trade roads = trades.all().stream().filter(t -> t.code().equals("ROAD_WORKS")).findFirst().orElseThrow();
        Trade changed = trades.changeLabourShare(roads, new BigDecimal("20"));
        try {
            Contract road = register.plan(planned("REC-ROAD-001", "45233140", "2000000", 12));
            Recommendation recommendation = recommender.recommend(Purchase.of(road, "Nanterre, avenue Joliot-Curie"));

            assertThat(recommendation.tradeCode()).isEqualTo("ROAD_WORKS");
            Option first = recommendation.first();
            assertThat(first.kind()).isEqualTo(OptionKind.EXECUTION_CLAUSE);
            // 2,000,000 × 20 % ÷ 30 × 5 % = 666.7 → 667 h
            assertThat(first.forecastHours()).isEqualTo(667);
            assertThat(first.structures()).isEmpty();
            assertThat(recommendation.options()).filteredOn(o -> o.reservation() != Reservation.NONE)
                    .noneMatch(Option::feasible);

            Contract withClause = recommender.apply(road, recommendation, first);
            assertThat(withClause.lots()).singleElement().satisfies(lot -> {
                assertThat(lot.amountExclTax()).isEqualByComparingTo("2000000");
                assertThat(lot.clause().targetHours()).isEqualTo(667);
                assertThat(lot.clause().labourSharePercent()).isEqualByComparingTo("20");
            });
        } finally {
            trades.changeLabourShare(changed, roads.labourSharePercent());
        }
    }

    @Test
    void anUnknownCpvAnAmountOf0AndADurationOf0AreEachSaid() {
        assertThatThrownBy(() -> recommender.recommend(new Purchase("12345678", BigDecimal.ZERO, 0, "Nanterre")))
                .isInstanceOfSatisfying(InvalidPurchaseException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry(Purchase.CPV, "procurement.recommend.cpv.unknown")
                        .containsEntry(Purchase.AMOUNT, "procurement.recommend.amount.positive")
                        .containsEntry(Purchase.DURATION, "procurement.recommend.duration.positive"));
        assertThat(new Purchase("4544210", BigDecimal.ONE, 1, null).problems())
                .containsOnlyKeys(Purchase.CPV);
        assertThat(new Purchase("45442100-3", BigDecimal.ONE, 1, null).problems()).isEmpty();
    }

    @Test
    @WithMockUser(roles = Roles.FACILITATOR)
    void othersReadARecommendationButOnlyTheProcurementDepartmentAppliesIt() {
        Recommendation recommendation = recommender.recommend(new Purchase("90910000", new BigDecimal("120000"), 12,
                "Nanterre"));
        assertThat(recommendation.tradeCode()).isEqualTo("CLEANING");
        assertThatThrownBy(() -> recommender.apply(null, recommendation, recommendation.first()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
