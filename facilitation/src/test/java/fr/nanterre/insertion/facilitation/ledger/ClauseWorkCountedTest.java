package fr.nanterre.insertion.facilitation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementChange;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.procurement.ClausesProgressed;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.ClauseWork;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.WorkedHours;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * The hours each change of the ledger publishes to urban renewal ({@link ClauseWorkCounted}): per clause, by
 * placement and calendar year, with the profile each placement kept at its start. Staff provided by an ETTI, AI or
 * GEIQ count 0.8 here.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "insertion.facilitation.coefficients.PROVISION=0.8")
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class ClauseWorkCountedTest {

    private static final LocalDate START = LocalDate.of(2025, 12, 1);

    @Autowired
    ParticipantDirectory participants;
    @Autowired
    PlacementBook placements;
    @Autowired
    StatementImport statements;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;

    private String enrolled(ParticipantDetails details) {
        return TestData.enrolled(participants, jdbc, details, TestData.rsa(START.minusDays(5))).reference();
    }

    private Placement placed(String reference, Modality modality, ClauseShare... shares) {
        return placements.place(new NewPlacement(reference, "55210055400013", "Bâtir Seine SA", modality, null, START,
                null, List.of(shares), null));
    }

    private static ClauseShare share(UUID clause, String percent) {
        return new ClauseShare(clause, new BigDecimal(percent));
    }

    private Statement imported(String fileName, String... lines) {
        byte[] file = ("Référence participant;Mois;Heures\n" + String.join("\n", lines) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        return statements.apply(statements.preview(fileName, file));
    }

    private static ClauseWork work(ClauseWorkCounted event, UUID clause) {
        return event.clauses().stream().filter(work -> work.clauseId().equals(clause)).findFirst().orElseThrow();
    }

    /** A row as the assertions read it: the hours without trailing zeros. */
    private static Tuple row(WorkedHours hours) {
        return tuple(hours.placementId(), hours.participantId(), hours.year(), hours.residence(), hours.sex(),
                hours.ageBand(), hours.hours().stripTrailingZeros().toPlainString());
    }

    @Test
    void validatingAStatementPublishesTheHoursOfEachClauseByPlacementAndYearWithTheProfileAtTheStart(
            Scenario scenario, PublishedEvents published) {
        String quartier = enrolled(TestData.livingIn("Quartier", Sex.FEMALE, LocalDate.of(1986, 5, 4),
                Residence.NANTERRE_QPV));
        String ailleurs = enrolled(TestData.livingIn("Ailleurs", Sex.MALE, LocalDate.of(2001, 7, 14),
                Residence.ELSEWHERE));
        UUID clauseA = UUID.randomUUID();
        UUID clauseB = UUID.randomUUID();
        Placement inQpv = placed(quartier, Modality.DIRECT_HIRE, share(clauseA, "100"));
        Placement shared = placed(ailleurs, Modality.DIRECT_HIRE, share(clauseA, "60"), share(clauseB, "40"));
        Statement checked = ledger.check(imported("releve-janvier-mars.csv", quartier + ";03/2026;151,67",
                ailleurs + ";12/2025;100", ailleurs + ";01/2026;50"));

        scenario.stimulate(() -> ledger.validate(checked))
                .andWaitForEventOfType(ClauseWorkCounted.class)
                .matching(event -> event.clauses().stream().anyMatch(work -> work.clauseId().equals(clauseA)))
                .toArriveAndVerify(event -> {
                    assertThat(event.clauses()).extracting(ClauseWork::clauseId)
                            .containsExactlyInAnyOrder(clauseA, clauseB);
                    // A: all of the QPV resident's March, 60 % of the other placement's December and January
                    assertThat(work(event, clauseA).hours()).map(ClauseWorkCountedTest::row).containsExactlyInAnyOrder(
                            tuple(inQpv.id(), inQpv.participantId(), 2026, Residence.NANTERRE_QPV, Sex.FEMALE,
                                    AgeBand.FROM_26_TO_49, "151.67"),
                            tuple(shared.id(), shared.participantId(), 2025, Residence.ELSEWHERE, Sex.MALE,
                                    AgeBand.UNDER_26, "60"),
                            tuple(shared.id(), shared.participantId(), 2026, Residence.ELSEWHERE, Sex.MALE,
                                    AgeBand.UNDER_26, "30"));
                    // B: 40 % of 100 h in 2025 and of 50 h in 2026
                    assertThat(work(event, clauseB).hours()).map(ClauseWorkCountedTest::row).containsExactlyInAnyOrder(
                            tuple(shared.id(), shared.participantId(), 2025, Residence.ELSEWHERE, Sex.MALE,
                                    AgeBand.UNDER_26, "40"),
                            tuple(shared.id(), shared.participantId(), 2026, Residence.ELSEWHERE, Sex.MALE,
                                    AgeBand.UNDER_26, "20"));
                    // one count: procurement's report of the same change has the same instant and the same hours
                    assertThat(published.ofType(ClausesProgressed.class)
                            .matching(progress -> progress.clauses().stream()
                                    .anyMatch(totals -> totals.clauseId().equals(clauseA))))
                            .singleElement().satisfies(progress -> {
                                assertThat(progress.countedAt()).isEqualTo(event.countedAt());
                                assertThat(progress.clauses()).extracting(ClauseTotals::clauseId,
                                                totals -> totals.realisedHours().stripTrailingZeros().toPlainString(),
                                                ClauseTotals::people)
                                        .containsExactlyInAnyOrder(tuple(clauseA, "241.67", 2),
                                                tuple(clauseB, "60", 1));
                            });
                });
    }

    @Test
    void handEnteredHoursCountAtOnceAStatementsOnlyOnceValidatedAndProvisionCountsPointEight(Scenario scenario) {
        String provided = enrolled(TestData.livingIn("Mise", Sex.FEMALE, LocalDate.of(1970, 1, 20),
                Residence.NANTERRE));
        UUID clause = UUID.randomUUID();
        Placement placement = placed(provided, Modality.PROVISION, share(clause, "100"));
        Statement waiting = imported("releve-janvier.csv", provided + ";01/2026;100");
        Statement wrong = imported("releve-fevrier.csv", provided + ";02/2026;80");
        ledger.reject(wrong, "Heures d'un autre salarié");

        // March by hand: 50 h × 0.8; January waits for its statement, February's was rejected
        scenario.stimulate(() -> ledger.enter(placement.id(), YearMonth.of(2026, 3), new BigDecimal("50")))
                .andWaitForEventOfType(ClauseWorkCounted.class)
                .toArriveAndVerify(event -> assertThat(event.clauses()).singleElement().satisfies(work -> {
                    assertThat(work.clauseId()).isEqualTo(clause);
                    assertThat(work.hours()).map(ClauseWorkCountedTest::row).containsExactly(
                            tuple(placement.id(), placement.participantId(), 2026, Residence.NANTERRE, Sex.FEMALE,
                                    AgeBand.FROM_50, "40"));
                }));

        // January's statement validated: (100 + 50) × 0.8
        Instant validating = Instant.now();
        scenario.stimulate(() -> ledger.validate(ledger.check(waiting)))
                .andWaitForEventOfType(ClauseWorkCounted.class)
                .matching(event -> !event.countedAt().isBefore(validating))
                .toArriveAndVerify(event -> assertThat(work(event, clause).hours()).map(ClauseWorkCountedTest::row)
                        .containsExactly(tuple(placement.id(), placement.participantId(), 2026, Residence.NANTERRE,
                                Sex.FEMALE, AgeBand.FROM_50, "120")));
    }

    @Test
    void aClauseThatCountsNothingAnyMoreGetsAnEmptyListAndAnOlderPlacementNoProfile(Scenario scenario) {
        String reference = enrolled(TestData.livingIn("Deplace", Sex.MALE, LocalDate.of(1990, 9, 9),
                Residence.NANTERRE_QPV));
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        Placement placement = placed(reference, Modality.DIRECT_HIRE, share(before, "100"));
        ledger.enter(placement.id(), YearMonth.of(2025, 12), new BigDecimal("70"));
        ledger.enter(placement.id(), YearMonth.of(2026, 1), new BigDecimal("35.5"));
        // as migration V10 leaves a placement made before the profile was kept
        jdbc.sql("update facilitation.placement set start_residence = null, start_sex = null, start_age_band = null "
                + "where id = ?").param(placement.id()).update();
        Placement read = placements.open(placement.id()).orElseThrow();

        scenario.stimulate(() -> placements.revise(read, new PlacementChange(read.employerSiret(), read.employerName(),
                        Modality.DIRECT_HIRE, null, null, List.of(share(after, "100")))))
                .andWaitForEventOfType(ClauseWorkCounted.class)
                .matching(event -> event.clauses().size() == 2)
                .toArriveAndVerify(event -> {
                    assertThat(event.clauses()).extracting(ClauseWork::clauseId)
                            .containsExactlyInAnyOrder(before, after);
                    assertThat(work(event, before).hours()).as("urban renewal clears it").isEmpty();
                    assertThat(work(event, after).hours()).map(ClauseWorkCountedTest::row).containsExactly(
                            tuple(placement.id(), placement.participantId(), 2025, null, null, null, "70"),
                            tuple(placement.id(), placement.participantId(), 2026, null, null, null, "35.5"));
                });
    }
}
