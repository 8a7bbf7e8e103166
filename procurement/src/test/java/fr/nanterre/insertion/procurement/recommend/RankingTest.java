package fr.nanterre.insertion.procurement.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Candidate;
import fr.nanterre.insertion.procurement.recommend.Recommendation.History;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Option;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Reason;
import org.junit.jupiter.api.Test;

/** The ranking rule on worked numbers. */
class RankingTest {

    private static final BigDecimal COST = new BigDecimal("30");
    private static final BigDecimal RATE = new BigDecimal("5");

    private static Candidate structure(String name, StructureKind kind, int capacity, int busy) {
        return new Candidate(UUID.randomUUID(), name, kind, capacity, busy);
    }

    @Test
    void paintingWorksWithThreeLocalSiaeAtThirtyPercentOfTheirCapacityGetAReservedLotFirst() {
        // 400,000 € × 70 % ÷ 30 €/h = 9,333 h of work in 12 months; three EI of 3,500 h a year, each busy with
        // 1,050 h (30 %): 3 × 2,450 = 7,350 free hours a year, 79 % of the work: not all of it, so no reserved
        // contract, but a lot of half the amount (the most a lot takes), 200,000 € = 4,667 h of work
        List<Candidate> siae = List.of(structure("EI Couleurs", StructureKind.EI, 3500, 1050),
                structure("ACI Pinceaux", StructureKind.ACI, 3500, 1050),
                structure("EI Façades", StructureKind.EI, 3500, 1050));
        assertThat(siae).allSatisfy(c -> assertThat(c.busyPercent()).isEqualTo(30));

        List<Option> options = Ranking.rank(new BigDecimal("400000"), 12, new BigDecimal("70"), COST, RATE, siae,
                History.NONE);

        assertThat(options).extracting(Option::kind).containsExactly(OptionKind.RESERVED_LOT,
                OptionKind.EXECUTION_CLAUSE, OptionKind.INSERTION_CONTRACT, OptionKind.SOCIAL_CRITERION,
                OptionKind.RESERVED_CONTRACT);
        assertThat(options).extracting(Option::rank).containsExactly(1, 2, 3, 4, 5);
        Option lot = options.getFirst();
        assertThat(lot.reservation()).isEqualTo(Reservation.SIAE);
        assertThat(lot.lotAmount()).isEqualByComparingTo("200000");
        assertThat(lot.forecastHours()).isEqualTo(4667);
        assertThat(lot.structures()).hasSize(3);
        assertThat(lot.reasons()).singleElement().isEqualTo(new Reason("procurement.recommend.reason.reserved-lot.fits",
                List.of(3, "SIAE", 7350, 9333L, 79, new BigDecimal("200000"), 50, 50)));
        // 400,000 × 70 % ÷ 30 × 5 % = 466.7 → 467 h
        assertThat(options.get(1).forecastHours()).isEqualTo(467);
        Option contract = options.getLast();
        assertThat(contract.feasible()).isFalse();
        assertThat(contract.reasons().getFirst().key()).endsWith("reserved-contract.short");
    }

    @Test
    void roadWorksOfTwoMillionWithNoLocalSupplyGetAnExecutionClauseFirst() {
        // 2,000,000 × 20 % ÷ 30 × 5 % = 666.7 → 667 h
        List<Option> options = Ranking.rank(new BigDecimal("2000000"), 12, new BigDecimal("20"), COST, RATE,
                List.of(), History.NONE);

        assertThat(options).extracting(Option::kind).containsExactly(OptionKind.EXECUTION_CLAUSE,
                OptionKind.SOCIAL_CRITERION, OptionKind.INSERTION_CONTRACT, OptionKind.RESERVED_CONTRACT,
                OptionKind.RESERVED_LOT);
        Option clause = options.getFirst();
        assertThat(clause.forecastHours()).isEqualTo(667);
        assertThat(clause.structures()).isEmpty();
        assertThat(clause.reasons()).extracting(Reason::key).containsExactly(
                "procurement.recommend.reason.clause.formula", "procurement.recommend.reason.clause.no-supply",
                "procurement.recommend.reason.history.none");
        assertThat(clause.reasons().getFirst().arguments()).containsExactly(new BigDecimal("2000000"),
                new BigDecimal("20"), COST, RATE, 667);
        assertThat(options.subList(3, 5)).noneMatch(Option::feasible);
    }

    @Test
    void twoShelteredWorkshopsThatCanTakeOnAllTheWorkGetAContractReservedToThem() {
        // cleaning, 100,000 € × 80 % ÷ 30 €/h = 2,667 h in 24 months = 1,333 h a year; two ESAT with 1,000 free
        // hours a year each cover 150 % of it; the lone EI covers less than the ESAT
        List<Candidate> supply = List.of(structure("ESAT Les Ateliers", StructureKind.ESAT, 2000, 1000),
                structure("EA Propreté", StructureKind.EA, 1500, 500),
                structure("EI Seule", StructureKind.EI, 1000, 400));

        List<Option> options = Ranking.rank(new BigDecimal("100000"), 24, new BigDecimal("80"), COST, RATE, supply,
                History.NONE);

        assertThat(options.getFirst().kind()).isEqualTo(OptionKind.RESERVED_CONTRACT);
        assertThat(options.getFirst().reservation()).isEqualTo(Reservation.EA_ESAT);
        assertThat(options.getFirst().forecastHours()).isEqualTo(2667);
        assertThat(options.getFirst().structures()).extracting(Candidate::name)
                .containsExactly("ESAT Les Ateliers", "EA Propreté");
        assertThat(options.get(1).kind()).isEqualTo(OptionKind.RESERVED_LOT);
    }

    @Test
    void theCitysHistoryMovesTheClauseAndTheCriterion() {
        List<Option> poor = Ranking.rank(new BigDecimal("2000000"), 12, new BigDecimal("20"), COST, RATE, List.of(),
                new History(4, 1200, 2000));
        // 1,200 ÷ 2,000 = 60 %, under 70 %: bidders' own commitment first
        assertThat(poor).extracting(Option::kind).startsWith(OptionKind.SOCIAL_CRITERION, OptionKind.EXECUTION_CLAUSE);
        assertThat(poor.getFirst().reasons()).extracting(Reason::key)
                .contains("procurement.recommend.reason.criterion.poor-history");

        List<Option> good = Ranking.rank(new BigDecimal("2000000"), 12, new BigDecimal("20"), COST, RATE, List.of(),
                new History(3, 2100, 2000));
        assertThat(good.getFirst().kind()).isEqualTo(OptionKind.EXECUTION_CLAUSE);
        assertThat(good.getFirst().score()).isEqualTo(75);
        assertThat(good.getFirst().reasons().getLast()).isEqualTo(
                new Reason("procurement.recommend.reason.history.good", List.of(3, 105)));

        List<Option> few = Ranking.rank(new BigDecimal("2000000"), 12, new BigDecimal("20"), COST, RATE, List.of(),
                new History(2, 100, 2000));
        assertThat(few.getFirst().score()).isEqualTo(70);
        assertThat(few.getFirst().reasons().getLast().key()).endsWith("history.few");
    }
}
