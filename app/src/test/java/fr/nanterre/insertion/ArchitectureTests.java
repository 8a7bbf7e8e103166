package fr.nanterre.insertion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The rules of DESIGN.md §3 that Spring Modulith does not check by itself. */
class ArchitectureTests {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.nanterre");

    @Test
    void noDomainModuleDependsOnTheApplication() {
        noClasses().that().resideInAnyPackage("fr.nanterre.insertion.partners..",
                        "fr.nanterre.insertion.procurement..", "fr.nanterre.insertion.urbanrenewal..",
                        "fr.nanterre.insertion.facilitation..", "fr.nanterre.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.nanterre.insertion.app..")
                .orShould().dependOnClassesThat().belongToAnyOf(Application.class)
                .check(CODE);
    }

    @Test
    void vaadinTypesAreUsedOnlyInUiPackages() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(CODE);
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class).should(declareTheirAccess()).check(CODE);
    }

    @Test
    void dependenciesAreInjectedThroughConstructorsNeverIntoFields() {
        noFields().should().beAnnotatedWith(Autowired.class)
                .orShould().beAnnotatedWith("jakarta.inject.Inject")
                .orShould().beAnnotatedWith(Value.class)
                .check(CODE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("fr.nanterre.(**)").should().beFreeOfCycles().check(CODE);
    }

    /** {@code @RolesAllowed} or {@code @PermitAll}; {@code @AnonymousAllowed} is for the login view alone. */
    private static ArchCondition<JavaClass> declareTheirAccess() {
        return new ArchCondition<>("declare @RolesAllowed or @PermitAll (@AnonymousAllowed for the login view only)") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                boolean declared = view.isAnnotatedWith(RolesAllowed.class) || view.isAnnotatedWith(PermitAll.class)
                        || (view.isAnnotatedWith(AnonymousAllowed.class) && view.getSimpleName().equals("LoginView"));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " does not declare its access"));
                }
            }
        };
    }
}
