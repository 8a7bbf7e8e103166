package fr.nanterre.insertion.facilitation.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.FacilitationIndicators;
import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.WorkFigures;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementChange;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.ParticipantExited;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ParticipantPrivacy;
import fr.nanterre.insertion.procurement.Modality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards' read model (decision 0029) against the full computation it replaced ({@link
 * FacilitationIndicatorsOracle}): after each real change through facilitation's services and partners' events,
 * {@code between} gives the same figures as the oracle for several periods; and migration V25's fill, run on the
 * ledger left at the end, gives them too.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS", "ADMIN"})
class FacilitationIndicatorsReadModelTest {

    private static final int YEAR = 2022;
    private static final LocalDate JANUARY = LocalDate.of(YEAR, 1, 1);

    @Autowired
    ParticipantDirectory participants;
    @Autowired
    ParticipantPrivacy privacy;
    @Autowired
    PlacementBook placements;
    @Autowired
    StatementImport statements;
    @Autowired
    Ledger ledger;
    @Autowired
    FacilitationIndicators indicators;
    @Autowired
    CountingSettings settings;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    /** The periods compared after each change: the year, a month, a quarter across placements, all years. */
    private static final List<LocalDate[]> PERIODS = List.of(
            new LocalDate[]{JANUARY, LocalDate.of(YEAR, 12, 31)},
            new LocalDate[]{LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 31)},
            new LocalDate[]{LocalDate.of(YEAR, 2, 10), LocalDate.of(YEAR, 4, 20)},
            new LocalDate[]{LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 5, 31)},
            new LocalDate[]{LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 6, 30)},
            new LocalDate[]{LocalDate.of(2009, 1, 1), LocalDate.of(YEAR, 12, 31)});

    private void sameAsTheOracle(String after) {
        FacilitationIndicatorsOracle oracle = new FacilitationIndicatorsOracle(jdbc, settings);
        for (LocalDate[] period : PERIODS) {
            WorkFigures expected = transactions.execute(status -> oracle.between(period[0], period[1]));
            WorkFigures read = indicators.between(period[0], period[1]);
            String what = after + ", from " + period[0] + " to " + period[1];
            assertThat(read).as(what).isEqualTo(expected);
            assertThat(read.hoursByBuyer().keySet()).as(what + ": buyers in order")
                    .containsExactlyElementsOf(expected.hoursByBuyer().keySet());
            assertThat(read.peopleByCriterion().keySet()).as(what + ": criteria in order")
                    .containsExactlyElementsOf(expected.peopleByCriterion().keySet());
        }
    }

    private UUID clause(String buyer) {
        UUID clause = UUID.randomUUID();
        jdbc.sql("""
                        insert into facilitation.followed_clause (clause_id, contract_id, contract_reference, buyer,
                            lot_number, lot_title, awardee_siret, target_hours, notified_on, duration_months)
                        values (?, ?, ?, ?, 1, 'Gros œuvre', '55210055400013', 833, ?, 24)""")
                .params(clause, UUID.randomUUID(), "IND-" + clause, buyer, JANUARY).update();
        return clause;
    }

    private Placement placed(Participant who, Modality modality, LocalDate start, LocalDate end,
                             ClauseShare... shares) {
        return placements.place(new NewPlacement(who.reference(), "55210055400013", "Bâtir Seine SA", modality,
                null, start, end, List.of(shares), null));
    }

    private static ClauseShare share(UUID clause, String percent) {
        return new ClauseShare(clause, new BigDecimal(percent));
    }

    @Test
    void theReadModelGivesTheFullComputationsFiguresAfterEachChangeOfTheLedger(Scenario scenario) {
        indicators.rebuild(); // other tests of this context wrote the ledger in SQL
        sameAsTheOracle("rebuilt");

        UUID cityHall = clause("Ville de Nanterre (indicateurs)");
        UUID housing = clause("Hauts-de-Seine Habitat (indicateurs)");
        UUID notFollowed = UUID.randomUUID();
        Participant anne = TestData.enrolled(participants, jdbc, "Indicatrice",
                new NewCriterion("RQTH", "Notification MDPH", JANUARY.minusMonths(1)), TestData.rsa(JANUARY.minusDays(3)));
        Participant bruno = TestData.enrolled(participants, jdbc, TestData.livingIn("Indicateur", Sex.MALE,
                LocalDate.of(1970, 8, 23), Residence.ELSEWHERE), TestData.rsa(JANUARY.minusDays(3)));
        Placement anneFirst = placed(anne, Modality.DIRECT_HIRE, JANUARY, LocalDate.of(YEAR, 2, 28),
                share(cityHall, "100"));
        Placement anneSecond = placed(anne, Modality.PROVISION, LocalDate.of(YEAR, 3, 1), null,
                share(cityHall, "60"), share(housing, "40"));
        Placement brunoPlaced = placed(bruno, Modality.SIAE_OWN_WORKFORCE, LocalDate.of(YEAR, 2, 1), null,
                share(notFollowed, "100"));
        sameAsTheOracle("placed");

        ledger.enter(anneFirst.id(), YearMonth.of(YEAR, 1), new BigDecimal("151.67"));
        ledger.enter(anneFirst.id(), YearMonth.of(YEAR, 2), new BigDecimal("140"));
        ledger.enter(anneSecond.id(), YearMonth.of(YEAR, 3), new BigDecimal("100.33"));
        ledger.enter(anneSecond.id(), YearMonth.of(YEAR, 4), BigDecimal.ZERO);
        ledger.enter(brunoPlaced.id(), YearMonth.of(YEAR, 2), new BigDecimal("35.5"));
        ledger.enter(brunoPlaced.id(), YearMonth.of(YEAR, 3), new BigDecimal("70"));
        sameAsTheOracle("hours entered by hand");

        String csv = "Référence participant;Mois;Heures\n" + anne.reference() + ";05/" + YEAR + ";120\n"
                + bruno.reference() + ";04/" + YEAR + ";80\n";
        Statement received = statements.apply(statements.preview("releve-indicateurs.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(received).isNotNull();
        sameAsTheOracle("a statement received");
        ledger.validate(ledger.check(received));
        sameAsTheOracle("the statement validated");

        // worked numbers for the second quarter (April to June): Anne's May (120 h) and April (0 h), Bruno's April
        WorkFigures spring = indicators.between(LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 6, 30));
        assertThat(spring.people()).as("Anne and Bruno").isEqualTo(2);
        assertThat(spring.missions()).as("Anne's second placement (May) and Bruno's").isEqualTo(2);
        assertThat(spring.peopleBySex()).containsEntry("FEMALE", 1L).containsEntry("MALE", 1L);
        assertThat(spring.peopleByCriterion()).containsEntry("RSA", 2L).containsEntry("RQTH", 1L);

        ledger.enter(anneFirst.id(), YearMonth.of(YEAR, 2), new BigDecimal("120"));
        ledger.enter(anneSecond.id(), YearMonth.of(YEAR, 4), new BigDecimal("12.5"));
        sameAsTheOracle("hours corrected");

        Placement read = placements.open(anneSecond.id()).orElseThrow();
        placements.revise(read, new PlacementChange(read.employerSiret(), read.employerName(),
                Modality.SIAE_SUBCONTRACTING, null, null, List.of(share(housing, "70"), share(notFollowed, "30"))));
        sameAsTheOracle("a placement's modality and shares changed");
        Map<String, BigDecimal> buyers = indicators.between(JANUARY, LocalDate.of(YEAR, 12, 31)).hoursByBuyer();
        assertThat(buyers).containsKey("Hauts-de-Seine Habitat (indicateurs)");

        UUID pathway = UUID.randomUUID();
        scenario.publish(new ParticipantExited(bruno.id(), pathway, LocalDate.of(YEAR, 6, 15),
                        OutcomeCategory.DURABLE_JOB))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from facilitation.indicator_exit "
                        + "where pathway_id = ?").param(pathway).query(Long.class).single(), n -> n > 0);
        sameAsTheOracle("a placed participant exited");

        privacy.anonymise(participants.open(anne.id()));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        select count(*) from facilitation.indicator_placement_criterion
                        where participant_id = ? and code = 'ANONYMISED'""")
                .param(anne.id()).query(Long.class).single() > 0);
        sameAsTheOracle("a participant anonymised");
        assertThat(indicators.between(LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 6, 30)).peopleByCriterion())
                .as("Anne's criteria now count as anonymised").containsEntry("ANONYMISED", 1L)
                .containsEntry("RSA", 1L).doesNotContainKey("RQTH");

        // an upgraded database: migration V25's fill of the same ledger gives the same figures
        transactions.executeWithoutResult(status -> MigrationFill.run(jdbc));
        sameAsTheOracle("filled by migration V25");
    }
}
