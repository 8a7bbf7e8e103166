package fr.nanterre.insertion.procurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.ContractRow;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The contracts list opened from a figure (issue 12's drill-down): the link's filters show in the filter bar and the
 * grid, paged from the database, and its XLSX export hold the contracts the figure counts. Four contracts of 2025:
 * DRL-1 (the landlord's, a clause of 1,000 h and no hour, behind), DRL-2 (the landlord's, a social award criterion,
 * notified in June), DRL-3 (the developer's, planned, a clause: not started) and DRL-4 (the developer's, notified,
 * nothing social).
 */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ContractsView.class)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class ContractsDrillDownTest extends SpringBrowserlessTest {

    private static final String LANDLORD = "Bailleur témoin DRL";
    private static final String DEVELOPER = "Aménageur témoin DRL";

    /** The clock the homes read today from. */
    @Autowired
    java.time.Clock clock;
    @Autowired
    ContractRegister register;

    @BeforeEach
    void fourContracts() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        if (register.count(new ContractFilter("DRL-", null, null)) > 0) {
            return;
        }
        contract("DRL-1", LANDLORD, 1000, null, LocalDate.of(2025, 3, 1));
        contract("DRL-2", LANDLORD, null, new BigDecimal("10"), LocalDate.of(2025, 6, 1));
        contract("DRL-3", DEVELOPER, 500, null, null);
        contract("DRL-4", DEVELOPER, null, null, LocalDate.of(2025, 9, 1));
    }

    @Test
    void aBuyersContractsBehindOpenWithBothFiltersShown() {
        ContractsView view = open(Map.of("acheteur", LANDLORD, "conformite", "BEHIND"));

        assertThat(view.buyerFilter.getValue()).isEqualTo(LANDLORD);
        assertThat(view.complianceFilter.getValue()).isEqualTo(ComplianceStatus.BEHIND);
        assertThat(view.complianceFilter.getItemLabelGenerator().apply(ComplianceStatus.BEHIND))
                .isEqualTo("Une clause en retard");
        assertThat(references(view)).containsExactly("DRL-1");
        assertThat(view.exportRows().map(row -> row.getFirst())).containsExactly("DRL-1");
    }

    @Test
    void theContractsWithASocialConsiderationNotifiedInAPeriod() {
        ContractsView view = open(Map.of("recherche", "DRL-", "consideration", "sociale"));
        assertThat(view.socialFilter.getValue()).isTrue();
        assertThat(references(view)).containsExactly("DRL-1", "DRL-2", "DRL-3");

        view = open(Map.of("recherche", "DRL-", "consideration", "sociale", "notifie-du", "2025-05-01",
                "notifie-au", "2025-12-31"));
        assertThat(view.notifiedFrom.getValue()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(view.notifiedTo.getValue()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(references(view)).containsExactly("DRL-2");
        assertThat(view.exportRows().map(row -> row.getFirst())).containsExactly("DRL-2");
    }

    @Test
    void valuesNotUnderstoodAreIgnoredAndTheListShowsUnfiltered() {
        ContractsView view = open(Map.of("recherche", "DRL-", "acheteur", "Acheteur inconnu", "conformite", "LATE",
                "consideration", "oui", "notifie-du", "2025-13-45", "notifie-au", "demain"));

        assertThat(view.buyerFilter.getValue()).isNull();
        assertThat(view.complianceFilter.getValue()).isNull();
        assertThat(view.socialFilter.getValue()).isFalse();
        assertThat(view.notifiedFrom.getValue()).isNull();
        assertThat(view.notifiedTo.getValue()).isNull();
        assertThat(references(view)).containsExactly("DRL-1", "DRL-2", "DRL-3", "DRL-4");
    }

    @Test
    void theFiltersWorkByHandToo() {
        ContractsView view = open(Map.of("recherche", "DRL-"));
        test(view.complianceFilter).selectItem("Une clause non démarrée");
        assertThat(references(view)).containsExactly("DRL-3");

        view.complianceFilter.clear();
        test(view.buyerFilter).selectItem(DEVELOPER);
        assertThat(references(view)).containsExactly("DRL-3", "DRL-4");
        assertThat(view.exportRows().map(row -> row.get(2))).containsExactly(DEVELOPER, DEVELOPER);
    }

    @Test
    void theProcurementHomeOpensTheContractsItsFiguresCount() {
        navigate(ProcurementHomeView.class);
        List<String> links = $(RouterLink.class).all().stream().map(RouterLink::getHref).toList();
        int year = LocalDate.now(clock).getYear();
        assertThat(links).contains("marches?conformite=BEHIND", "marches?conformite=FAILED");
        assertThat(links).anySatisfy(link -> assertThat(link).startsWith("marches?")
                .contains("consideration=sociale", "notifie-du=" + year + "-01-01", "notifie-au=" + LocalDate.now(clock)));
    }

    private ContractsView open(Map<String, String> parameters) {
        UI.getCurrent().navigate(ContractsView.class, QueryParameters.simple(parameters));
        return $(ContractsView.class).single();
    }

    private List<String> references(ContractsView view) {
        return test(view.grid).size() == 0 ? List.of() : java.util.stream.IntStream.range(0, test(view.grid).size())
                .mapToObj(i -> test(view.grid).getRow(i)).map(ContractRow::reference).toList();
    }

    private void contract(String reference, String buyer, @Nullable Integer clauseHours,
                          @Nullable BigDecimal criterion, @Nullable LocalDate notified) {
        Contract contract = register.plan(new ContractDetails(reference, "Travaux " + reference, buyer, null,
                Procedure.ADAPTED, null, Ccag.WORKS, new BigDecimal("200000"), 12, null));
        contract = register.putLot(contract, null, new LotDetails(1, "Lot unique", new BigDecimal("200000"),
                Reservation.NONE, false, criterion, criterion == null ? null : "Parcours d'insertion"));
        UUID lot = contract.lots().getFirst().id();
        if (clauseHours != null) {
            contract = register.setClause(contract, lot, HoursTarget.fixed(clauseHours), new BigDecimal("20"), null);
        }
        contract = register.awardLot(contract, lot, "55210055400013", "Titulaire " + reference);
        if (notified != null) {
            register.award(contract, notified);
        }
    }
}
