package fr.nanterre.insertion.facilitation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.ParticipantActivityReported;
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

/**
 * Partners and facilitation together (decision 0026): anonymising a participant in partners erases, through
 * {@code ParticipantAnonymised}, what facilitation wrote about the person and keeps the hours; facilitation's
 * activity reaches partners' retention through {@code ParticipantActivityReported}.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class AnonymisationAcrossModulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired
    ParticipantDirectory participants;
    @Autowired
    ParticipantPrivacy privacy;
    @Autowired
    PlacementBook placements;
    @Autowired
    Ledger ledger;
    @Autowired
    ActivityReport activityReport;
    @Autowired
    JdbcClient jdbc;

    private Placement placed(String reference, @org.jspecify.annotations.Nullable String justification) {
        return placements.place(new NewPlacement(reference, "55210055400013", "Bâtir Seine SA", Modality.DIRECT_HIRE,
                null, START, null, List.of(new ClauseShare(UUID.randomUUID(), new BigDecimal("100"))), justification));
    }

    @Test
    void anonymisingInPartnersErasesFacilitationsFreeTextAndCriteriaAndKeepsTheHours() {
        Participant eligible = TestData.enrolled(participants, jdbc, "Effacée",
                new NewCriterion("RQTH", "Notification MDPH", START.minusMonths(1)), TestData.rsa(START.minusDays(3)));
        Placement withSnapshot = placed(eligible.reference(), null);
        ledger.enter(withSnapshot.id(), YearMonth.of(2026, 1), new BigDecimal("120"));
        Participant elsewhere = TestData.enrolled(participants, jdbc, TestData.livingIn("Ailleurs", Sex.MALE,
                LocalDate.of(1979, 8, 23), Residence.ELSEWHERE));
        Placement justified = placed(elsewhere.reference(), "Suivi par le CCAS depuis sa sortie de l'hôpital");

        privacy.anonymise(participants.open(eligible.id()));
        privacy.anonymise(participants.open(elsewhere.id()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.sql("select code || ' ' || level || ' ' || proof_date || ' ' || valid_until "
                            + "from facilitation.placement_criterion where placement_id = ? order by position")
                    .param(withSnapshot.id()).query(String.class).list())
                    .as("the criteria's levels stay; their codes (RQTH: health data) and proofs' dates go")
                    .containsExactly("ANONYMISED 1 2026-01-05 2026-01-05", "ANONYMISED 2 2026-01-05 2026-01-05");
            assertThat(jdbc.sql("select exception_justification from facilitation.placement where id = ?")
                    .param(justified.id()).query(String.class).single()).isEqualTo("[anonymisé]");
        });
        assertThat(jdbc.sql("select eligible_at_start from facilitation.placement where id = ?")
                .param(withSnapshot.id()).query(Boolean.class).single()).as("eligible: yes/no stays").isTrue();
        assertThat(jdbc.sql("select sum(hours) from facilitation.hours_entry where placement_id = ?")
                .param(withSnapshot.id()).query(BigDecimal.class).single()).as("the hours stay")
                .isEqualByComparingTo("120");
        assertThat(jdbc.sql("select start_residence || ' ' || start_sex || ' ' || start_age_band "
                        + "from facilitation.placement where id = ?").param(justified.id()).query(String.class).single())
                .as("the profile kept for the statistics stays").isEqualTo("ELSEWHERE MALE FROM_26_TO_49");

        assertThat(jdbc.sql("select insee_code || ' ' || commune || ' ' || birth_date from partners.participant "
                + "where id = ?").param(elsewhere.id()).query(String.class).single())
                .as("partners coarsens the commune outside Nanterre to its department, the birth date to its year")
                .isEqualTo("92000 — 1979-01-01");
        assertThat(jdbc.sql("select insee_code || ' ' || commune from partners.participant where id = ?")
                .param(eligible.id()).query(String.class).single()).as("Nanterre's residents stay counted")
                .isEqualTo("92050 Nanterre");
    }

    @Test
    void facilitationReportsTheLastActivityAndARunningPlacementToPartners(Scenario scenario) {
        Participant participant = TestData.enrolled(participants, jdbc, "Active",
                new NewCriterion("RQTH", "Notification MDPH", START.minusMonths(1)), TestData.rsa(START.minusDays(3)));
        Placement placement = placed(participant.reference(), null);
        ledger.enter(placement.id(), YearMonth.of(2026, 3), new BigDecimal("100"));

        scenario.stimulate(() -> activityReport.report(LocalDate.of(2026, 6, 30)))
                .andWaitForEventOfType(ParticipantActivityReported.class)
                .matching(reported -> reported.participantId().equals(participant.id()))
                .toArriveAndVerify(reported -> {
                    assertThat(reported.lastActivity()).as("a running placement: active today")
                            .isEqualTo(LocalDate.of(2026, 6, 30));
                    assertThat(reported.placementRunning()).isTrue();
                });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select last_activity || ' ' || placement_running from partners.participant_activity "
                                + "where participant_id = ?").param(participant.id()).query(String.class).single())
                .isEqualTo("2026-06-30 true"));

        assertThat(activityReport.report(LocalDate.of(2026, 6, 30))).as("nothing changed: nothing reported again")
                .isZero();
    }

    /** The right of access: partners' extract holds facilitation's placements, snapshots and hours too. */
    @Test
    @SuppressWarnings("unchecked")
    void theRightOfAccessExtractHoldsWhatFacilitationKeeps() {
        Participant participant = TestData.enrolled(participants, jdbc, "Accès",
                new NewCriterion("RQTH", "Notification MDPH", START.minusMonths(1)), TestData.rsa(START.minusDays(3)));
        Placement placement = placed(participant.reference(), null);
        ledger.enter(placement.id(), YearMonth.of(2026, 1), new BigDecimal("120"));
        ledger.enter(placement.id(), YearMonth.of(2026, 2), new BigDecimal("98.5"));

        var extract = privacy.extract(participant.id());

        assertThat(extract.elsewhere()).extracting(fr.nanterre.platform.report.ReportTable::title).containsExactly(
                "facilitation.access.placements", "facilitation.access.snapshots", "facilitation.access.hours",
                "facilitation.access.referrals");
        assertThat(extract.elsewhere().get(0).rows()).singleElement().satisfies(row -> assertThat((List<Object>) row)
                .containsExactly("Bâtir Seine SA", START, null, true, null));
        assertThat(extract.elsewhere().get(1).rows()).extracting(row -> row.get(1) + "/" + row.get(2))
                .containsExactly("RSA/1", "RQTH/2");
        assertThat(extract.elsewhere().get(2).rows()).extracting(row -> row.get(1) + " " + row.get(2))
                .containsExactly("2026-01 120.00", "2026-02 98.50");
        assertThat(extract.elsewhere().get(3).rows()).isEmpty();
    }
}
