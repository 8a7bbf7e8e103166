package fr.nanterre.insertion.procurement.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.procurement.ClausesProgressed;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.insertion.procurement.ProcurementFigures;
import fr.nanterre.insertion.procurement.ProcurementFigures.BuyerHours;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Pillar 2's figures after real changes through the register and facilitation's progress reports: contracts of a
 * buyer of 2003 awarded, their clauses progressing, one closed under its target, one changed after its award. The
 * figures read from the kept totals equal the full computation (every running clause judged by Compliance, as
 * before the read model), on every period between the days something happened.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.VIEWER})
class ProcurementIndicatorsTest {

    private static final String BUYER = "Office témoin 2003";

    @Autowired
    ProcurementIndicators indicators;
    @Autowired
    ContractRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theKeptFiguresEqualTheFullComputationAfterAwardsProgressAndClosures(Scenario scenario) {
        // A: 12 months from 1 January 2003 (365 days), 1,000 h, 40 €/h, 250 h done: behind from 3 April (day 92,
        //    when 1,000 × 92/365 = 252.05 h are expected)
        Contract a = awarded("T0030-A", 12, "2003-01-01", 1000, "40", "55210055400013", null);
        // B: 6 months from 1 February, 300 h, 10 €/h, no hour: not started on 1 February, behind the day after
        Contract b = awarded("T0030-B", 6, "2003-02-01", 300, "10", "55210055400013", null);
        // C: 12 months from 15 January, 200 h, 210 h done: achieved
        Contract c = awarded("T0030-C", 12, "2003-01-15", 200, "20", "44306184100047", null);
        // D: 3 months from 10 January, 400 h, 50 €/h, 100 h done, closed on 31 May: failed, 300 h × 50 € at stake
        Contract d = awarded("T0030-D", 3, "2003-01-10", 400, "50", "38012986600026", null);
        // E: a social award criterion, no clause, notified on 1 March
        awarded("T0030-E", 12, "2003-03-01", 0, null, "41927215900040", new BigDecimal("15"));
        // G: 100 h from 1 September, no hour: out of the first half-year
        awarded("T0030-G", 12, "2003-09-01", 100, "30", "41927215900040", null);

        Instant counted = Instant.now();
        scenario.publish(new ClausesProgressed(counted, List.of(totals(a, "250"), totals(c, "210"), totals(d, "100"))))
                .andWaitForStateChange(() -> realised(clause(d)), hours -> hours != null)
                .andVerify(hours -> assertThat(hours).isEqualByComparingTo("100"));
        register.close(register.find(d.id()).orElseThrow(), LocalDate.of(2003, 5, 31));

        ProcurementFigures half = indicators.between(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 6, 30));
        assertThat(ofBuyer(half)).isEqualTo(new BuyerHours(BUYER, 4, 1900, new BigDecimal("560.00")));
        assertThat(half.contractsWithSocialConsideration()).as("A, B, C, D and E; G comes later").isEqualTo(5);
        assertThat(half.companies()).as("A and B have one awardee").isEqualTo(4);
        // on 30 June: A and B behind, C achieved, D failed; 30,000 + 3,000 + 15,000 € at stake
        assertThat(half.statuses()).containsEntry(ComplianceStatus.BEHIND, 2L)
                .containsEntry(ComplianceStatus.ACHIEVED, 1L).containsEntry(ComplianceStatus.FAILED, 1L)
                .containsEntry(ComplianceStatus.ON_TRACK, 0L).containsEntry(ComplianceStatus.NOT_STARTED, 0L);
        assertThat(half.penaltiesAtStake()).isEqualByComparingTo("48000.00");

        // on 1 February: A on track (day 31), B not started, C achieved, D behind (day 22 of 90: 97.8 h expected…
        // with 100 h done it is on track)
        ProcurementFigures january = indicators.between(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 2, 1));
        assertThat(january.statuses()).containsEntry(ComplianceStatus.NOT_STARTED, 1L)
                .containsEntry(ComplianceStatus.ON_TRACK, 2L).containsEntry(ComplianceStatus.ACHIEVED, 1L)
                .containsEntry(ComplianceStatus.BEHIND, 0L);
        assertThat(january.penaltiesAtStake()).isEqualByComparingTo("0.00");

        // the second half-year: D closed before it, G running and behind in December
        ProcurementFigures second = indicators.between(LocalDate.of(2003, 7, 1), LocalDate.of(2003, 12, 31));
        assertThat(ofBuyer(second)).isEqualTo(new BuyerHours(BUYER, 4, 1600, new BigDecimal("460.00")));
        assertThat(second.contractsWithSocialConsideration()).isEqualTo(1);

        // A's duration changed after its award (24 months): its clause is no longer behind on 30 June
        Contract longer = register.find(a.id()).orElseThrow();
        ContractDetails details = longer.details();
        register.update(longer, new ContractDetails(details.reference(), details.object(), details.buyer(),
                details.buyerId(), details.procedure(), details.cpvCode(), details.ccag(), details.amountExclTax(), 24,
                details.plannedNotification()));
        assertThat(indicators.between(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 6, 30)).statuses())
                .containsEntry(ComplianceStatus.BEHIND, 1L).containsEntry(ComplianceStatus.ON_TRACK, 1L);

        // every period between the days something happened, and one still to come, as the full computation says
        List<LocalDate> days = new ArrayList<>();
        for (String day : List.of("2002-12-31", "2003-01-01", "2003-01-10", "2003-01-15", "2003-02-01",
                "2003-02-02", "2003-03-01", "2003-04-02", "2003-04-03", "2003-04-10", "2003-05-30", "2003-05-31",
                "2003-06-01", "2003-09-01", "2003-12-31", "2005-01-01")) {
            days.add(LocalDate.parse(day));
        }
        days.add(LocalDate.now().plusYears(1));
        FullComputation full = new FullComputation(jdbc);
        LocalDate today = LocalDate.now();
        int periods = 0;
        for (LocalDate from : days) {
            for (LocalDate to : days) {
                if (!to.isBefore(from)) {
                    LocalDate judged = to.isBefore(today) ? to : today;
                    assertThat(normalised(indicators.between(from, to))).as(from + " – " + to)
                            .isEqualTo(normalised(full.between(from, to, judged)));
                    periods++;
                }
            }
        }
        assertThat(periods).isEqualTo(153);
    }

    private Contract awarded(String reference, int months, String notified, int target, @Nullable String penalty,
                             String siret, @Nullable BigDecimal criterion) {
        Contract contract = register.plan(new ContractDetails(reference, "Travaux témoins", BUYER, null,
                Procedure.ADAPTED, null, Ccag.WORKS, new BigDecimal("500000"), months, null));
        contract = register.putLot(contract, null, new LotDetails(1, "Lot unique", new BigDecimal("500000"),
                Reservation.NONE, false, criterion, criterion == null ? null : "Insertion"));
        UUID lot = contract.lots().getFirst().id();
        if (penalty != null) {
            contract = register.setClause(contract, lot, HoursTarget.fixed(target), new BigDecimal(penalty), null);
        }
        contract = register.awardLot(contract, lot, siret, "Titulaire " + reference);
        return register.award(contract, LocalDate.parse(notified));
    }

    private static UUID clause(Contract contract) {
        return contract.lots().getFirst().clause().id();
    }

    private static ClauseTotals totals(Contract contract, String hours) {
        return new ClauseTotals(clause(contract), new BigDecimal(hours), 1,
                Map.of(Modality.DIRECT_HIRE, new BigDecimal(hours)));
    }

    private @Nullable BigDecimal realised(UUID clause) {
        return jdbc.sql("select realised_hours from procurement.clause_progress where clause_id = ?").param(clause)
                .query(BigDecimal.class).optional().orElse(null);
    }

    private static BuyerHours ofBuyer(ProcurementFigures figures) {
        return figures.byBuyer().stream().filter(b -> b.buyer().equals(BUYER)).findFirst().orElseThrow();
    }

    /** The figures with their hours and euros written without trailing zeros: 560 and 560.00 are the same hours. */
    private static String normalised(ProcurementFigures figures) {
        StringBuilder text = new StringBuilder().append(figures.contractsWithSocialConsideration()).append(' ')
                .append(figures.companies()).append(' ').append(figures.statuses()).append(' ')
                .append(figures.penaltiesAtStake().toPlainString());
        figures.byBuyer().forEach(b -> text.append('\n').append(b.buyer()).append(' ').append(b.clauses()).append(' ')
                .append(b.targetHours()).append(' ').append(b.realisedHours().stripTrailingZeros().toPlainString()));
        return text.toString();
    }
}
