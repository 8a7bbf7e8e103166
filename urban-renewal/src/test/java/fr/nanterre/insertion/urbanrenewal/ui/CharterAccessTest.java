package fr.nanterre.insertion.urbanrenewal.ui;

import static fr.nanterre.insertion.urbanrenewal.ui.CharterTestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Who may open the charter's screens, with each view checking its access annotation before it opens, as the
 * application's security configuration has it: the department, administrators and viewers, no one else.
 */
@SpringBootTest(classes = {ModuleTestApplication.class, CharterAccessTest.ViewsCheckTheirRoles.class})
@ViewPackages(classes = ProjectsView.class)
class CharterAccessTest extends SpringBrowserlessTest {

    /** What {@code VaadinSecurityConfigurer} switches on in the application (a module test has no web security). */
    @TestConfiguration
    static class ViewsCheckTheirRoles {

        @Bean
        @Primary
        NavigationAccessControlConfigurer viewsCheckTheirRoles() {
            return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker();
        }
    }

    @Autowired
    Clock clock;
    @Autowired
    ProjectRegister projects;
    @Autowired
    OperationRegister operations;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    /** Every route of the charter, for a project and an operation of its own. */
    private List<String> routes(String name) {
        Operation operation = as(security, () -> {
            Project project = projects.create(CharterTestData.project(name));
            return operations.create(project.id(), CharterTestData.runningWorks("Réhabilitation " + name, clock));
        }, Roles.URBAN_RENEWAL);
        return List.of("renovation-urbaine", "renovation-urbaine/" + operation.projectId(),
                "renovation-urbaine/" + operation.projectId() + "/bilan", "operations-renovation",
                "operations-renovation/" + operation.id());
    }

    private Class<?> viewAt(String route) {
        UI.getCurrent().navigate(route);
        return getCurrentView().getClass();
    }

    @Test
    @WithMockUser(roles = "PARTNERS")
    void theEmploymentDepartmentCannotOpenTheCharterScreens() {
        for (String route : routes("PRUS Accès partenaires")) {
            assertThat(viewAt(route)).as(route).matches(RouteNotFoundError.class::isAssignableFrom,
                    "Vaadin's page not found, which also answers a route the role may not open");
        }
    }

    @Test
    @WithMockUser(roles = "PROCUREMENT")
    void theProcurementDepartmentCannotOpenTheCharterScreens() {
        for (String route : routes("PRUS Accès marchés")) {
            assertThat(viewAt(route)).as(route).matches(RouteNotFoundError.class::isAssignableFrom,
                    "Vaadin's page not found, which also answers a route the role may not open");
        }
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerOpensEachCharterScreen() {
        assertThat(routes("PRUS Accès lecteur")).map(this::viewAt).containsExactly(ProjectsView.class,
                ProjectView.class, CharterReportView.class, OperationsView.class, OperationView.class);
    }

    @Test
    @WithMockUser(roles = "URBAN_RENEWAL")
    void theUrbanRenewalDepartmentOpensEachCharterScreen() {
        assertThat(routes("PRUS Accès rénovation")).map(this::viewAt).containsExactly(ProjectsView.class,
                ProjectView.class, CharterReportView.class, OperationsView.class, OperationView.class);
    }
}
