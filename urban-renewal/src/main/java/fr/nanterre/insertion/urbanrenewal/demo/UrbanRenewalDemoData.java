package fr.nanterre.insertion.urbanrenewal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.nanterre.insertion.procurement.LotSummary;
import fr.nanterre.insertion.procurement.ProcuredLots;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OperationDetails;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectDetails;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the demo profile, an empty charter gets the two PRUS of Nanterre and four operations of the City and of the
 * demo social landlord, carried out by procurement's demo contracts, linked through procurement's API as a user
 * links them (it runs after procurement's demo data): the school and the landlord's rehabilitation cover their
 * charter target with their clauses, the gymnasium, not yet started, does not (a rate of 10 % was set for it). The
 * hours reach the charter later, as real ones do, through facilitation's {@code ClauseWorkCounted}. Everything
 * loads in one transaction or not at all; a start that finds projects adds nothing (see decision 0013).
 */
@Component
@Profile("demo")
@Order(25)
class UrbanRenewalDemoData implements ApplicationRunner {

    private static final String USER = "demo-data";
    private static final String CITY = "Ville de Nanterre";
    private static final String LANDLORD = "Logis Nanterre Habitat";
    private static final Logger LOG = LoggerFactory.getLogger(UrbanRenewalDemoData.class);

    private final ProjectRegister projects;
    private final OperationRegister operations;
    private final ProcuredLots lots;
    private final CurrentUser user;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UrbanRenewalDemoData(ProjectRegister projects, OperationRegister operations, ProcuredLots lots, CurrentUser user,
                         PlatformTransactionManager transactions, Clock clock) {
        this.projects = projects;
        this.operations = operations;
        this.lots = lots;
        this.user = user;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** As the user {@value #USER} with the role URBAN_RENEWAL, like the other modules' demo data. */
    @Override
    public void run(ApplicationArguments args) {
        user.runAs(USER, () -> {
            if (projects.count(null) > 0) {
                return;
            }
            if (lot("VN-TRX-014", 1).isEmpty() || lot("LNH-RHB-003", 1).isEmpty()) {
                LOG.info("Demo data: procurement's demo contracts are not registered, so no charter operations either");
                return;
            }
            try {
                transaction.executeWithoutResult(status -> load(LocalDate.now(clock)));
            } catch (RuntimeException failed) {
                LOG.warn("Demo data: the charter's demo data could not be loaded; nothing was added", failed);
            }
        }, Roles.URBAN_RENEWAL);
    }

    private void load(LocalDate today) {
        Project university = projects.create(new ProjectDetails("PRUS Université",
                "Université, Chemin de l'Île", today.minusYears(3).withDayOfYear(1), today.plusYears(4),
                "Direction de la rénovation urbaine", BigDecimal.valueOf(5)));
        Project petitNanterre = projects.create(new ProjectDetails("PRUS Petit Nanterre",
                "Petit Nanterre, Les Canibouts", today.minusYears(2).withDayOfYear(1), today.plusYears(5),
                "Direction de la rénovation urbaine", BigDecimal.valueOf(5)));

        // The school's clauses (833 h and 1,000 h) cover 5 % of its 27,867 h of work (1,393 h); its cleaning lot,
        // reserved to an SIAE, has no clause: its hours of work are entered by hand.
        Operation school = operations.create(university.id(), new OperationDetails(
                "Réhabilitation et extension du groupe scolaire Les Pâquerettes", OwnerKind.CITY, CITY,
                OperationCategory.WORKS, today.minusMonths(8), today.plusMonths(16)));
        school = link(school, "VN-TRX-014", 1, 2, 3);
        operations.enterWorkHours(school, lot("VN-TRX-014", 3).orElseThrow().lotId(), 1_200);

        // Not started: 10 % of 46,667 h (4,667 h) against a clause of 3,267 h, still time to raise it.
        Operation gym = operations.create(university.id(), new OperationDetails(
                "Construction du gymnase du quartier Université", OwnerKind.CITY, CITY, OperationCategory.WORKS,
                today.plusMonths(4), today.plusMonths(22)));
        gym = link(gym, "VN-TRX-022", 1);
        operations.overrideRate(gym, BigDecimal.TEN, "Équipement phare du PRUS : la charte locale vise 10 %");

        Operation housing = operations.create(petitNanterre.id(), new OperationDetails(
                "Réhabilitation thermique de la résidence Les Fontenelles", OwnerKind.SOCIAL_LANDLORD, LANDLORD,
                OperationCategory.WORKS, today.minusMonths(6), today.plusMonths(24)));
        link(housing, "LNH-RHB-003", 1, 2);

        Operation greenSpaces = operations.create(petitNanterre.id(), new OperationDetails(
                "Gestion urbaine de proximité : entretien des espaces verts", OwnerKind.CITY, CITY,
                OperationCategory.LOCAL_MANAGEMENT, today.minusMonths(14), today.plusMonths(22)));
        link(greenSpaces, "VN-PROP-007", 1);
    }

    private Operation link(Operation operation, String contract, int... numbers) {
        Operation linked = operation;
        for (int number : numbers) {
            LotSummary lot = lot(contract, number)
                    .orElseThrow(() -> new IllegalStateException("No demo lot " + contract + " " + number));
            linked = operations.link(linked, lot.lotId());
        }
        return linked;
    }

    private Optional<LotSummary> lot(String contract, int number) {
        List<LotSummary> found = lots.search(contract, Pageable.ofSize(20));
        return found.stream().filter(lot -> lot.contractReference().equals(contract) && lot.number() == number)
                .findFirst();
    }
}
