package fr.nanterre.insertion.urbanrenewal.progress;

import static fr.nanterre.insertion.urbanrenewal.Acting.as;
import static fr.nanterre.insertion.urbanrenewal.TestContracts.clauseOf;
import static fr.nanterre.insertion.urbanrenewal.TestContracts.lotOf;
import static fr.nanterre.insertion.urbanrenewal.TestContracts.millionEuroLot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.ClauseWork;
import fr.nanterre.insertion.urbanrenewal.ClauseWorkCounted.WorkedHours;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OperationDetails;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectDetails;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The hours facilitation counts reach the charter through {@link ClauseWorkCounted}; the charter counts the Nanterre
 * residents' hours against its target, per operation, owner and project, and reports them yearly.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@WithMockUser(username = "r.urbain", roles = {"URBAN_RENEWAL", "PROCUREMENT"})
class CharterProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    @Autowired
    ProjectRegister projects;
    @Autowired
    OperationRegister operations;
    @Autowired
    ContractRegister contracts;
    @Autowired
    CharterProgress progress;
    @Autowired
    JdbcClient jdbc;

    /** A project at 5 % and one works operation of the City carried out by a million-euro lot: a target of 833 h. */
    private record Site(Project project, Operation operation, UUID clauseId) {
    }

    private Site site() {
        Project project = projects.create(new ProjectDetails("PRUS " + UUID.randomUUID(), "Université", START, null,
                null, BigDecimal.valueOf(5)));
        Operation operation = operations.create(project.id(), new OperationDetails("Groupe scolaire Les Pâquerettes",
                OwnerKind.CITY, ContractDetails.CITY, OperationCategory.WORKS, START, END));
        var contract = millionEuroLot(contracts, "VN-" + UUID.randomUUID(), ContractDetails.CITY);
        operation = operations.link(operation, lotOf(contract));
        return new Site(project, operation, clauseOf(contract));
    }

    private static WorkedHours worked(Residence residence, Sex sex, AgeBand ageBand, int year, String hours) {
        return new WorkedHours(UUID.randomUUID(), UUID.randomUUID(), year, residence, sex, ageBand,
                new BigDecimal(hours));
    }

    /** 100 h of a QPV resident, 50 h of a Nanterre resident outside a QPV, 30 h of someone living elsewhere. */
    private static ClauseWorkCounted threeResidences(UUID clause, Instant countedAt) {
        return new ClauseWorkCounted(countedAt, List.of(new ClauseWork(clause, List.of(
                worked(Residence.NANTERRE_QPV, Sex.FEMALE, AgeBand.UNDER_26, 2026, "100"),
                worked(Residence.NANTERRE, Sex.MALE, AgeBand.FROM_50, 2026, "50"),
                worked(Residence.ELSEWHERE, Sex.MALE, AgeBand.FROM_26_TO_49, 2026, "30")))));
    }

    private BigDecimal workedOn(UUID clause) {
        return jdbc.sql("select coalesce(sum(hours), 0) from urban_renewal.clause_work where clause_id = ?")
                .param(clause).query(BigDecimal.class).single();
    }

    @Test
    void theHoursOfAQpvResidentANanterreResidentAndANonResidentAreCountedInTheirColumns(Scenario scenario) {
        Site site = site();
        scenario.publish(threeResidences(site.clauseId(), Instant.parse("2026-06-30T10:00:00Z")))
                .andWaitForStateChange(() -> workedOn(site.clauseId()), hours -> hours.signum() > 0)
                .andVerify(hours -> {
                    OperationProgress operation = progress.on(site.project().id(), LocalDate.of(2026, 3, 1))
                            .operations().getFirst();
                    assertThat(operation.workHours()).isEqualTo(16_667);
                    Standing standing = operation.standing();
                    assertThat(standing.charterTarget()).isEqualTo(833);
                    assertThat(standing.clausesTarget()).isEqualTo(833);
                    assertThat(standing.covered()).isTrue();
                    Figures figures = standing.figures();
                    assertThat(figures.hours()).isEqualByComparingTo("180");
                    assertThat(standing.realised()).isEqualByComparingTo("150");
                    assertThat(figures.qpvHours()).isEqualByComparingTo("100");
                    assertThat(figures.otherHours()).isEqualByComparingTo("30");
                    assertThat(figures.qpvSharePercent()).isEqualByComparingTo("66.7");
                    assertThat(figures.people()).isEqualTo(3);
                    assertThat(figures.nanterrePeople()).isEqualTo(2);
                    assertThat(figures.qpvPeople()).isEqualTo(1);
                    assertThat(figures.women()).isEqualTo(1);
                    assertThat(figures.under26()).isEqualTo(1);
                    assertThat(figures.over50()).isEqualTo(1);
                    assertThat(figures.contracts()).isEqualTo(3);
                    // 150 h of 833 h = 18 %; two months in, 8 % of the duration has elapsed (67 h expected)
                    assertThat(standing.percentOfTarget()).isEqualByComparingTo("18.0");
                    assertThat(standing.status()).isEqualTo(ComplianceStatus.ON_TRACK);
                    // a year in, half of 833 h is expected
                    assertThat(progress.on(site.project().id(), LocalDate.of(2027, 1, 1)).standing().status())
                            .isEqualTo(ComplianceStatus.BEHIND);
                    assertThat(progress.on(site.project().id(), LocalDate.of(2028, 1, 1)).standing().status())
                            .isEqualTo(ComplianceStatus.FAILED);
                });
    }

    /** The registry may deliver an event again: both deliveries complete, and the hours are counted once. */
    @Test
    void aRedeliveredCountChangesNothing(Scenario scenario) {
        Site site = site();
        ClauseWorkCounted event = threeResidences(site.clauseId(), Instant.parse("2026-07-01T10:00:00Z"));
        for (long delivery = 1; delivery <= 2; delivery++) {
            long delivered = delivery;
            scenario.publish(event)
                    .andWaitForStateChange(() -> completedPublicationsOf(site.clauseId()), n -> n == delivered)
                    .andVerify(n -> assertThat(workedOn(site.clauseId())).isEqualByComparingTo("180"));
        }
        assertThat(progress.of(site.project().id()).standing().realised()).isEqualByComparingTo("150");
    }

    @Test
    void anOlderCountArrivingLateIsIgnoredAndANewerOneReplacesTheClausesHours(Scenario scenario) {
        Site site = site();
        scenario.publish(threeResidences(site.clauseId(), Instant.parse("2026-07-02T10:00:00Z")))
                .andWaitForStateChange(() -> workedOn(site.clauseId()), hours -> hours.signum() > 0);
        ClauseWorkCounted older = new ClauseWorkCounted(Instant.parse("2026-07-01T10:00:00Z"), List.of(
                new ClauseWork(site.clauseId(), List.of(worked(Residence.NANTERRE, Sex.MALE, AgeBand.FROM_50, 2026,
                        "9")))));
        scenario.publish(older)
                .andWaitForStateChange(() -> completedPublicationsOf(site.clauseId()), n -> n == 2)
                .andVerify(n -> assertThat(workedOn(site.clauseId())).isEqualByComparingTo("180"));
        ClauseWorkCounted newer = new ClauseWorkCounted(Instant.parse("2026-07-03T10:00:00Z"), List.of(
                new ClauseWork(site.clauseId(), List.of())));
        scenario.publish(newer)
                .andWaitForStateChange(() -> workedOn(site.clauseId()), hours -> hours.signum() == 0)
                .andVerify(hours -> assertThat(progress.of(site.project().id()).standing().figures().people())
                        .isZero());
    }

    @Test
    void ownersAndOperationsBehindAreListedFirstAndAnUncoveredCharterIsFlaggedBeforeTheWorks(Scenario scenario) {
        Site site = site();
        // a landlord's local management operation, starting later: 10 % of 16,667 h = 1,667 h, its clause only 833 h
        Operation gup = operations.create(site.project().id(), new OperationDetails("Gestion urbaine de proximité",
                OwnerKind.SOCIAL_LANDLORD, "Logis Nanterre Habitat", OperationCategory.LOCAL_MANAGEMENT,
                LocalDate.of(2027, 6, 1), LocalDate.of(2029, 5, 31)));
        operations.link(gup, lotOf(millionEuroLot(contracts, "LNH-" + UUID.randomUUID(), "Logis Nanterre Habitat")));

        scenario.publish(threeResidences(site.clauseId(), Instant.parse("2026-12-31T10:00:00Z")))
                .andWaitForStateChange(() -> workedOn(site.clauseId()), hours -> hours.signum() > 0)
                .andVerify(hours -> {
                    ProjectProgress project = progress.on(site.project().id(), LocalDate.of(2027, 1, 1));
                    assertThat(project.operations()).extracting(OperationProgress::name)
                            .containsExactly("Groupe scolaire Les Pâquerettes", "Gestion urbaine de proximité");
                    assertThat(project.operations()).extracting(o -> o.standing().status())
                            .containsExactly(ComplianceStatus.BEHIND, ComplianceStatus.NOT_STARTED);
                    OperationProgress landlord = project.operations().get(1);
                    assertThat(landlord.ratePercent()).isEqualByComparingTo("10");
                    assertThat(landlord.standing().charterTarget()).isEqualTo(1_667);
                    assertThat(landlord.standing().clausesTarget()).isEqualTo(833);
                    assertThat(landlord.fixableGap(LocalDate.of(2027, 1, 1))).isTrue();
                    assertThat(landlord.fixableGap(LocalDate.of(2027, 7, 1))).isFalse();

                    assertThat(project.owners()).extracting(OwnerProgress::ownerName)
                            .containsExactly(ContractDetails.CITY, "Logis Nanterre Habitat");
                    assertThat(project.standing().charterTarget()).isEqualTo(833 + 1_667);
                    assertThat(project.standing().clausesTarget()).isEqualTo(833 + 833);
                    assertThat(project.standing().covered()).isFalse();
                    assertThat(project.standing().realised()).isEqualByComparingTo("150");
                });
    }

    @Test
    void theYearlyReportCountsTheYearsHoursAndTheHoursSinceTheStartAgainstTheTarget(Scenario scenario) {
        Site site = site();
        UUID placement = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        ClauseWorkCounted twoYears = new ClauseWorkCounted(Instant.parse("2027-02-01T10:00:00Z"), List.of(
                new ClauseWork(site.clauseId(), List.of(
                        new WorkedHours(placement, person, 2026, Residence.NANTERRE_QPV, Sex.FEMALE, AgeBand.UNDER_26,
                                new BigDecimal("400")),
                        new WorkedHours(placement, person, 2027, Residence.NANTERRE_QPV, Sex.FEMALE, AgeBand.UNDER_26,
                                new BigDecimal("151.67")),
                        worked(Residence.ELSEWHERE, Sex.MALE, AgeBand.FROM_50, 2027, "20")))));
        scenario.publish(twoYears)
                .andWaitForStateChange(() -> workedOn(site.clauseId()), hours -> hours.signum() > 0)
                .andVerify(hours -> {
                    CharterReport report = progress.report(site.project().id(), 2027);
                    assertThat(report.total().charterTarget()).isEqualTo(833);
                    assertThat(report.total().inYear().hours()).isEqualByComparingTo("171.67");
                    assertThat(report.total().inYear().nanterreHours()).isEqualByComparingTo("151.67");
                    assertThat(report.total().inYear().qpvSharePercent()).isEqualByComparingTo("100.0");
                    assertThat(report.total().inYear().people()).isEqualTo(2);
                    assertThat(report.total().sinceStart()).isEqualByComparingTo("551.67");
                    assertThat(report.total().percentOfTarget()).isEqualByComparingTo("66.2");
                    assertThat(report.owners()).singleElement()
                            .satisfies(owner -> assertThat(owner.label()).isEqualTo(ContractDetails.CITY));
                    assertThat(report.categories()).singleElement()
                            .satisfies(category -> assertThat(category.label()).isEqualTo("WORKS"));
                    assertThat(report.operations()).singleElement().satisfies(operation -> {
                        assertThat(operation.label()).isEqualTo("Groupe scolaire Les Pâquerettes");
                        assertThat(operation.inYear().contracts()).isEqualTo(2);
                    });

                    CharterReport earlier = progress.report(site.project().id(), 2026);
                    assertThat(earlier.total().inYear().nanterreHours()).isEqualByComparingTo("400");
                    assertThat(earlier.total().sinceStart()).isEqualByComparingTo("400");
                    assertThat(earlier.total().inYear().people()).isEqualTo(1);
                });
    }

    @Test
    void onlyTheDepartmentAdministratorsAndViewersReadTheCharter() {
        Site site = site();
        for (String reader : new String[] {"ADMIN", "VIEWER"}) {
            as(reader, () -> assertThat(progress.of(site.project().id()).operations()).hasSize(1));
        }
        for (String other : new String[] {"PARTNERS", "PROCUREMENT", "FACILITATOR"}) {
            as(other, () -> assertThatThrownBy(() -> progress.of(site.project().id()))
                    .isInstanceOf(AccessDeniedException.class));
        }
    }

    private long completedPublicationsOf(UUID clauseId) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where event_type like '%ClauseWorkCounted' and serialized_event like :id
                          and completion_date is not null""")
                .param("id", "%" + clauseId + "%")
                .query(Long.class).single();
    }
}
