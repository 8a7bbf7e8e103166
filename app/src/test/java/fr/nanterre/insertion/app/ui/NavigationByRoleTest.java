package fr.nanterre.insertion.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.nanterre.insertion.Application;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Each role sees in the side navigation exactly the screens it may open, and no other. */
@SpringBootTest(classes = Application.class, properties = "insertion.embedded-postgres.ephemeral=true")
@ActiveProfiles("demo")
@ViewPackages(packages = "fr.nanterre.insertion")
class NavigationByRoleTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private List<String> navigationEntries() {
        UI.getCurrent().navigate("");
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorSeesEveryScreen() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Tableau de bord", "Accueil emploi-insertion",
                "Structures", "Soutien de la Ville", "Accueil commande publique", "Marchés", "Programmation",
                "Corps de métier", "Accueil rénovation urbaine", "Rénovation urbaine", "Opérations", "Annuaire des structures",
                "Convention MEF", "Comptes entreprises", "Journal d'audit");
    }

    @Test
    @WithMockUser(roles = "PARTNERS")
    void theEmploymentDepartmentSeesTheStructures() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Accueil emploi-insertion", "Structures",
                "Soutien de la Ville", "Participants");
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void aFacilitatorSeesParticipantsContractsAndTheDirectoryButNotTheStructuresRegister() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Participants", "Marchés", "Programmation",
                "Mon suivi", "Annuaire des structures", "Mises à l'emploi", "Relevés d'heures", "Offres d'emploi",
                "Candidatures", "Convention MEF", "Comptes entreprises");
    }

    @Test
    @WithMockUser(username = "entreprise@demo.fr", roles = "COMPANY")
    void aCompanyLandsOnItsPortalAndSeesOnlyItsScreens() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("portail");
        assertThat($(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList())
                .containsExactly("Mon espace", "Saisir mes heures", "Mes relevés");
    }

    @Test
    @WithMockUser(roles = "PROCUREMENT")
    void theProcurementDepartmentSeesItsContractsPlanAndTrades() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Accueil commande publique", "Marchés",
                "Programmation", "Corps de métier");
    }

    @Test
    @WithMockUser(roles = "URBAN_RENEWAL")
    void theUrbanRenewalDepartmentSeesItsCharterAndReadsTheContracts() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Marchés", "Accueil rénovation urbaine",
                "Rénovation urbaine", "Opérations");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerSeesOnlyAggregatesWithNoPersonalData() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Tableau de bord", "Rénovation urbaine",
                "Opérations", "Convention MEF");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void administratorsAndViewersStartOnThePolicyDashboardTheOthersOnTheHomePage() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("PolicyDashboardView");
    }

    @Test
    @WithMockUser(roles = "PARTNERS")
    void aDepartmentStartsOnItsOwnHome() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("PartnersHomeView");
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void aFacilitatorStartsOnTheAgenda() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("FacilitatorHomeView");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aScreenTheRoleMayNotOpenIsRefusedOnTheServerWithAMessage() {
        UI.getCurrent().navigate("placements");
        assertThat($(PageNotShownView.class).single().message.getText())
                .isEqualTo("La page « placements » n'existe pas, ou votre rôle ne permet pas de l'ouvrir.");
        assertThat(jdbc.sql("select action || ' ' || detail from partners.audit_log where username = 'user' "
                + "order by id desc limit 1").query(String.class).single()).as("the refusal, in the audit log")
                .isEqualTo("ACCESS_DENIED route=/placements");
    }
}
