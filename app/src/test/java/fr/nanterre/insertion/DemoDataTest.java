package fr.nanterre.insertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.Set;

import fr.nanterre.insertion.facilitation.agenda.FacilitatorAgenda;
import fr.nanterre.insertion.facilitation.agenda.FacilitatorAgenda.LateClause;
import fr.nanterre.insertion.facilitation.agreement.AgreementReport;
import fr.nanterre.insertion.facilitation.agreement.MefAgreements;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.StatementFilter;
import fr.nanterre.insertion.facilitation.ledger.StatementLine;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.OfferFilter;
import fr.nanterre.insertion.facilitation.pipeline.ReferralFilter;
import fr.nanterre.insertion.facilitation.pipeline.ReferralStatus;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementFilter;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.contract.ClauseFollowUp;
import fr.nanterre.insertion.procurement.contract.ClauseStanding;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.urbanrenewal.progress.CharterProgress;
import fr.nanterre.insertion.urbanrenewal.progress.OperationProgress;
import fr.nanterre.insertion.urbanrenewal.progress.OwnerProgress;
import fr.nanterre.insertion.urbanrenewal.progress.ProjectProgress;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile fills every pillar across the modules (docs/decisions/0013): partners' participants and
 * procurement's clauses reach facilitation through events, facilitation's demo data waits for them before
 * placing people and recording hours, and the validated hours come back to procurement's clauses through
 * another event. Same context as {@link fr.nanterre.insertion.app.ui.NavigationByRoleTest}: started once.
 */
@SpringBootTest(classes = Application.class, properties = "insertion.embedded-postgres.ephemeral=true")
@ActiveProfiles("demo")
class DemoDataTest {

    @Autowired
    PlacementBook placements;
    @Autowired
    Ledger ledger;
    @Autowired
    FacilitatorAgenda agenda;
    @Autowired
    CandidatePipeline pipeline;
    @Autowired
    MefAgreements agreements;
    @Autowired
    ContractRegister contracts;
    @Autowired
    ClauseFollowUp followUp;
    @Autowired
    ProjectRegister projects;
    @Autowired
    CharterProgress charter;
    /** The holder method security reads (Vaadin's, one per application context). */
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void aFacilitatorWhoAlsoReadsTheContracts() {
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("test", null,
                AuthorityUtils.createAuthorityList("ROLE_FACILITATOR", "ROLE_PROCUREMENT"))));
    }

    @AfterEach
    void logOut() {
        security.clearContext();
    }

    @Test
    void facilitationPlacedTheDemoParticipantsOnTheDemoClauses() {
        assertThat(placements.count(PlacementFilter.ALL)).isEqualTo(10);
        assertThat(placements.count(new PlacementFilter(null, null, null, true))).as("justified exceptions")
                .isEqualTo(1);
        assertThat(placements.findAll(PlacementFilter.ALL)).filteredOn(p -> p.shares().size() == 2).singleElement()
                .satisfies(shared -> assertThat(shared.shares()).extracting(s -> s.percent().intValue())
                        .containsExactlyInAnyOrder(60, 40));
        assertThat(agenda.placementsEndingThisMonth()).hasSize(2);
        assertThat(agenda.clausesBehindSchedule()).extracting(late -> late.clause().contractReference() + "/"
                + late.clause().lotNumber()).containsExactlyInAnyOrder("VN-TRX-014/2", "LNH-RHB-003/2");
        assertThat(agenda.clausesBehindSchedule()).allSatisfy((LateClause late) ->
                assertThat(late.realisedHours()).isLessThan(late.expectedHours()));
    }

    @Test
    void lastMonthsStatementsOneValidatedOneWaiting() {
        assertThat(ledger.countStatements(StatementFilter.in(Set.of(StatementState.VALIDATED)))).isEqualTo(1);
        assertThat(agenda.statementsWaiting()).singleElement()
                .satisfies(waiting -> assertThat(waiting.state()).isEqualTo(StatementState.RECEIVED));
        var validated = ledger.statements(StatementFilter.in(Set.of(StatementState.VALIDATED)), Pageable.unpaged()).getFirst();
        assertThat(ledger.linesOf(validated.id(), Pageable.ofSize(10))).extracting(StatementLine::hours)
                .extracting(BigDecimal::intValue).containsExactlyInAnyOrder(120, 110);
    }

    @Test
    void thisYearsMefAgreementReportsTheYearsHoursAndPeople() {
        AgreementReport report = agreements.report(Year.now().getValue()).orElseThrow();
        assertThat(report.agreement().terms().objectiveHours()).isEqualTo(6000);
        assertThat(report.hours()).isPositive();
        assertThat(report.people()).isPositive();
    }

    @Test
    void candidatesAtEveryStep() {
        assertThat(pipeline.countOffers(new OfferFilter(null, null))).isEqualTo(2);
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(pipeline.countReferrals(new ReferralFilter(null, status, null))).as(status.name())
                    .isPositive();
        }
    }

    /**
     * Lot 1 of VN-TRX-014 (833 h): Nadia Haddad's 3 × 120 h (two months by hand, last month in the validated
     * statement) + 60 % of Mamadou Diallo's 5 × 100 h by hand (his last month waits in a statement not validated,
     * so it does not count) = 660 h. The closed road works contract: 600 h of 653 h, failed, 53 h × 50 € owed.
     */
    @Test
    void procurementSeesTheValidatedHoursOnItsClauses() {
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> {
            assertThat(standing("VN-TRX-014", 1).realisedHours()).isEqualByComparingTo("660");
            ClauseStanding road = standing("VN-VRD-009", 1);
            assertThat(road.realisedHours()).isEqualByComparingTo("600");
            assertThat(road.status()).isEqualTo(ComplianceStatus.FAILED);
            assertThat(road.penalty()).isEqualByComparingTo("2650");
        });
        assertThat(standing("VN-TRX-014", 1).targetHours()).isEqualTo(833);
        assertThat(standing("VN-TRX-014", 1).people()).isEqualTo(2);
    }

    /**
     * The two PRUS, with operations carried out by procurement's demo contracts: the school's clauses (833 h and
     * 1,000 h) cover 5 % of its 27,867 h of work (1,393 h, of which 1,200 h entered by hand for its cleaning lot);
     * the gymnasium, not started, has a rate of 10 % set for it: 4,667 h that its 3,267 h clause does not cover.
     */
    @Test
    void theCharterHasBothProjectsAndOneOperationWhoseClausesDoNotCoverIt() {
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("test", null,
                AuthorityUtils.createAuthorityList("ROLE_URBAN_RENEWAL"))));
        assertThat(projects.findAll(null)).extracting(Project::name)
                .containsExactly("PRUS Petit Nanterre", "PRUS Université");
        ProjectProgress university = charter.of(projects.findAll("Université").getFirst().id());
        assertThat(university.operations()).extracting(OperationProgress::name).containsExactlyInAnyOrder(
                "Réhabilitation et extension du groupe scolaire Les Pâquerettes",
                "Construction du gymnase du quartier Université");
        OperationProgress school = university.operations().stream()
                .filter(o -> o.name().contains("scolaire")).findFirst().orElseThrow();
        assertThat(school.workHours()).isEqualTo(27_867);
        assertThat(school.standing().charterTarget()).isEqualTo(1_393);
        assertThat(school.standing().clausesTarget()).isEqualTo(1_833);
        assertThat(school.standing().covered()).isTrue();
        OperationProgress gym = university.operations().stream()
                .filter(o -> o.name().contains("gymnase")).findFirst().orElseThrow();
        assertThat(gym.standing().charterTarget()).isEqualTo(4_667);
        assertThat(gym.standing().clausesTarget()).isEqualTo(3_267);
        assertThat(gym.fixableGap(java.time.LocalDate.now())).isTrue();

        ProjectProgress petitNanterre = charter.of(projects.findAll("Petit Nanterre").getFirst().id());
        assertThat(petitNanterre.owners()).extracting(OwnerProgress::ownerName)
                .containsExactlyInAnyOrder("Logis Nanterre Habitat", "Ville de Nanterre");
        assertThat(petitNanterre.standing().charterTarget()).isEqualTo(2_064 + 2_000);
        assertThat(petitNanterre.standing().covered()).isTrue();
    }

    /**
     * The hours facilitation's demo data validates on the school's clauses reach the charter through
     * {@code ClauseWorkCounted}, as real hours do: every demo participant lives in Nanterre, so the charter counts
     * all the hours procurement sees on those clauses, and the QPV residents' share beside them.
     */
    @Test
    void theCharterCountsTheDemoHoursOfTheSchoolThroughFacilitationsEvent() {
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> {
            BigDecimal procurementSees = standing("VN-TRX-014", 1).realisedHours()
                    .add(standing("VN-TRX-014", 2).realisedHours());
            security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("test", null,
                    AuthorityUtils.createAuthorityList("ROLE_URBAN_RENEWAL"))));
            OperationProgress school = charter.of(projects.findAll("Université").getFirst().id()).operations()
                    .stream().filter(o -> o.name().contains("scolaire")).findFirst().orElseThrow();
            assertThat(procurementSees).isPositive();
            assertThat(school.standing().realised()).isEqualByComparingTo(procurementSees);
            assertThat(school.standing().figures().qpvSharePercent()).isNotNull();
            aFacilitatorWhoAlsoReadsTheContracts();
        });
    }

    private ClauseStanding standing(String reference, int lot) {
        Contract contract = contracts.findAll(new ContractFilter(reference, null, null), Sort.unsorted()).getFirst();
        return followUp.of(contract).stream().filter(standing -> standing.lotNumber() == lot).findFirst()
                .orElseThrow();
    }
}
