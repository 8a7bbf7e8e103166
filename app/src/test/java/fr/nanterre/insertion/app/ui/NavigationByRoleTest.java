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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Each role sees in the side navigation exactly the screens it may open, and no other. */
@SpringBootTest(classes = Application.class)
@ActiveProfiles("demo")
@ViewPackages(packages = "fr.nanterre.insertion")
class NavigationByRoleTest extends SpringBrowserlessTest {

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private List<String> navigationEntries() {
        navigate(HomeView.class);
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorSeesEveryScreen() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Structures", "Journal d'audit",
                "Annuaire des structures");
    }

    @Test
    @WithMockUser(roles = "PARTNERS")
    void theEmploymentDepartmentSeesTheStructures() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Structures", "Participants");
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void aFacilitatorSeesTheDirectoryButNotTheStructuresRegister() {
        assertThat(navigationEntries()).containsExactly("Accueil", "Participants", "Annuaire des structures");
    }

    @Test
    @WithMockUser(roles = "PROCUREMENT")
    void theProcurementDepartmentSeesNoScreenOfAnotherPillar() {
        assertThat(navigationEntries()).containsExactly("Accueil");
    }

    @Test
    @WithMockUser(roles = "URBAN_RENEWAL")
    void theUrbanRenewalDepartmentSeesNoScreenOfAnotherPillar() {
        assertThat(navigationEntries()).containsExactly("Accueil");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerSeesNoScreenWithPersonalOrEditableData() {
        assertThat(navigationEntries()).containsExactly("Accueil");
    }
}
