package fr.nanterre.insertion.facilitation.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.ContractAwarded.AwardedLot;
import fr.nanterre.insertion.procurement.Modality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
        assertThat(agenda.placementsEndingThisMonth()).extracting(Placement::id).contains(placement.id());

        ledger.enter(placement.id(), YearMonth.now(), new BigDecimal("200"));
        ledger.enter(placement.id(), YearMonth.now().minusMonths(2), new BigDecimal("200"));
        assertThat(agenda.clausesBehindSchedule()).as("520 h realised, on track")
                .noneMatch(late -> late.clause().clauseId().equals(clause));
    }
}
