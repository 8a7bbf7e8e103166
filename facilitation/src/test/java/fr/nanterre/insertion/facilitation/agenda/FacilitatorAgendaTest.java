package fr.nanterre.insertion.facilitation.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.Compliance;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.ContractAwarded.AwardedLot;
import fr.nanterre.insertion.procurement.Modality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = {"FACILITATOR", "PARTNERS"})
class FacilitatorAgendaTest {

    @Autowired
    FacilitatorAgenda agenda;
    @Autowired
    PlacementBook placements;
    @Autowired
    Ledger ledger;
    @Autowired
    ParticipantDirectory participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowedClauses clauses;

    @Test
    void aClauseUnderItsExpectedHoursAndAPlacementEndingThisMonthAreOnTheAgenda(Scenario scenario) {
        LocalDate today = LocalDate.now();
        UUID clause = UUID.randomUUID();
        // half-way through a 12-month contract: about 500 of its 1,000 hours are expected by now
        scenario.publish(new ContractAwarded(UUID.randomUUID(), "AGENDA-01", "Ville de Nanterre",
                        today.minusMonths(6), 12, List.of(new AwardedLot(UUID.randomUUID(), 1, "Nettoyage",
                        "55210055400013", null, clause, 1000))))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from facilitation.followed_clause where clause_id = ?")
                        .param(clause).query(Long.class).single(), n -> n > 0);
        Participant participant = TestData.enrolled(participants, jdbc, "Agenda",
                TestData.rsa(today.minusMonths(6).minusDays(2)));
        Placement placement = placements.place(new NewPlacement(participant.reference(), "55210055400013",
                "Nettoyage Plus", Modality.DIRECT_HIRE, null, today.minusMonths(6), YearMonth.now().atEndOfMonth(),
                List.of(new ClauseShare(clause, new BigDecimal("100"))), null));
        ledger.enter(placement.id(), YearMonth.now().minusMonths(1), new BigDecimal("120"));

        assertThat(agenda.clausesBehindSchedule()).filteredOn(late -> late.clause().clauseId().equals(clause))
                .singleElement().satisfies(late -> {
                    assertThat(late.realisedHours()).isEqualByComparingTo("120");
                    assertThat(late.expectedHours().intValue()).isBetween(490, 510);
                });
        assertThat(agenda.placementsEndingThisMonth()).filteredOn(ending -> ending.id().equals(placement.id()))
                .as("read whole, with its criteria and shares").singleElement()
                .isEqualTo(placements.open(placement.id()).orElseThrow());

        ledger.enter(placement.id(), YearMonth.now(), new BigDecimal("200"));
        ledger.enter(placement.id(), YearMonth.now().minusMonths(2), new BigDecimal("200"));
        assertThat(agenda.clausesBehindSchedule()).as("520 h realised, on track")
                .noneMatch(late -> late.clause().clauseId().equals(clause));
    }

    /**
     * Four running clauses of contracts whose 12 months are over (so target × elapsed share = the whole target) and
     * one not started yet; the database judges which are behind and pages them, the furthest behind first.
     * 90,000 h − 120 h realised = 89,880 h behind; 80,000 h with none realised = 80,000 h behind; a target of 0 is
     * achieved; a contract notified next month has not started; 600 h realised of 500 h is achieved.
     */
    @Test
    void theClausesBehindArePagedByTheDatabaseFurthestBehindFirst(Scenario scenario) {
        LocalDate today = LocalDate.now();
        long before = agenda.countClausesBehindSchedule();
        UUID far = UUID.randomUUID();
        UUID none = UUID.randomUUID();
        UUID zero = UUID.randomUUID();
        UUID future = UUID.randomUUID();
        UUID achieved = UUID.randomUUID();
        award(scenario, "PAGE-01", today.minusMonths(24), far, 90_000);
        award(scenario, "PAGE-02", today.minusMonths(24), none, 80_000);
        award(scenario, "PAGE-03", today.minusMonths(24), zero, 0);
        award(scenario, "PAGE-04", today.plusMonths(1), future, 500);
        award(scenario, "PAGE-05", today.minusMonths(24), achieved, 500);
        Participant participant = TestData.enrolled(participants, jdbc, "Paging",
                TestData.rsa(today.minusMonths(6).minusDays(2)));
        Placement placement = placements.place(new NewPlacement(participant.reference(), "55210055400013",
                "Nettoyage Plus", Modality.DIRECT_HIRE, null, today.minusMonths(6), null,
                List.of(new ClauseShare(far, new BigDecimal("100"))), null));
        ledger.enter(placement.id(), YearMonth.now().minusMonths(1), new BigDecimal("120"));
        Placement other = placements.place(new NewPlacement(participant.reference(), "55210055400013",
                "Nettoyage Plus", Modality.DIRECT_HIRE, null, today.minusMonths(6), null,
                List.of(new ClauseShare(achieved, new BigDecimal("100"))), null));
        ledger.enter(other.id(), YearMonth.now().minusMonths(2), new BigDecimal("200"));
        ledger.enter(other.id(), YearMonth.now().minusMonths(1), new BigDecimal("200"));
        ledger.enter(other.id(), YearMonth.now(), new BigDecimal("200"));

        assertThat(agenda.countClausesBehindSchedule()).as("two more clauses behind").isEqualTo(before + 2);
        assertThat(agenda.clausesBehindSchedule(PageRequest.of(0, 1))).singleElement().satisfies(late -> {
            assertThat(late.clause().clauseId()).isEqualTo(far);
            assertThat(late.clause().contractReference()).isEqualTo("PAGE-01");
            assertThat(late.realisedHours()).isEqualByComparingTo("120");
            assertThat(late.expectedHours()).isEqualByComparingTo("90000");
        });
        assertThat(agenda.clausesBehindSchedule(PageRequest.of(1, 1))).singleElement().satisfies(late -> {
            assertThat(late.clause().clauseId()).isEqualTo(none);
            assertThat(late.realisedHours()).isEqualByComparingTo("0");
            assertThat(late.expectedHours()).isEqualByComparingTo("80000");
        });
        assertThat(agenda.clausesBehindSchedule()).extracting(late -> late.clause().clauseId())
                .doesNotContain(zero, future, achieved);
    }

    /** The database's judgement is the one {@link Compliance} makes, clause by clause, on every running clause. */
    @Test
    void theDatabaseJudgesAsTheComplianceRule() {
        LocalDate today = LocalDate.now();
        List<FollowedClause> running = clauses.running();
        Map<UUID, ClauseTotals> progress = ledger.progressOf(running.stream().map(FollowedClause::clauseId).toList());
        List<UUID> behind = running.stream().filter(clause -> new Compliance(clause.targetHours(),
                        progress.get(clause.clauseId()).realisedHours(), clause.notifiedOn(), clause.durationMonths(),
                        null).statusOn(today) == ComplianceStatus.BEHIND)
                .map(FollowedClause::clauseId).toList();
        assertThat(agenda.clausesBehindSchedule()).extracting(late -> late.clause().clauseId())
                .containsExactlyInAnyOrderElementsOf(behind);
        assertThat(agenda.countClausesBehindSchedule()).isEqualTo(behind.size());
    }

    private void award(Scenario scenario, String reference, LocalDate notifiedOn, UUID clause, int targetHours) {
        scenario.publish(new ContractAwarded(UUID.randomUUID(), reference, "Ville de Nanterre", notifiedOn, 12,
                        List.of(new AwardedLot(UUID.randomUUID(), 1, "Nettoyage", "55210055400013", null, clause,
                                targetHours))))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from facilitation.followed_clause where clause_id = ?")
                        .param(clause).query(Long.class).single(), n -> n > 0);
    }
}
