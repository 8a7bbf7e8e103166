package fr.nanterre.insertion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.security.WithoutRoleCheck;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

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

    /** Several instances may share one database: each run of a job happens on one of them (decision 0027). */
    @Test
    void everyScheduledJobTakesItsLockSoThatItRunsOnOneInstance() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
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

    /** Screens ask the injected {@code Clock} for today, so that tests and the server agree on the date. */
    @Test
    void screensTakeTheTimeFromTheInjectedClock() {
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(Year.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .because("UI code asks the injected Clock (now(clock))")
                .check(CODE);
    }

    /** Every package says its types are non-null unless marked {@code @Nullable} (JSpecify). */
    @Test
    void everyPackageIsNullMarked() {
        classes().should(new ArchCondition<>("reside in a package annotated with @NullMarked") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                    events.add(SimpleConditionEvent.violated(type, type.getPackageName()
                            + " has no package-info.java with @NullMarked"));
                }
            }
        }).check(CODE);
    }

    /** Role checks name only the roles of {@link Roles}: a typo would refuse everyone, silently. */
    @Test
    void roleChecksNameOnlyTheDeclaredRoles() {
        Set<String> roles = Set.of(Roles.ALL);
        Pattern quoted = Pattern.compile("'([^']*)'");
        classes().should(new ArchCondition<>("name only the roles of Roles in @PreAuthorize and @RolesAllowed") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> expressions = new ArrayList<>();
                type.tryGetAnnotationOfType(PreAuthorize.class).ifPresent(a -> expressions.add(a.value()));
                type.getMethods().forEach(method -> method.tryGetAnnotationOfType(PreAuthorize.class)
                        .ifPresent(a -> expressions.add(a.value())));
                for (String expression : expressions) {
                    Matcher names = quoted.matcher(expression);
                    while (names.find()) {
                        if (!roles.contains(names.group(1))) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + ": @PreAuthorize(\""
                                    + expression + "\") names the unknown role " + names.group(1)));
                        }
                    }
                }
                type.tryGetAnnotationOfType(RolesAllowed.class).ifPresent(allowed -> {
                    for (String role : allowed.value()) {
                        if (!roles.contains(role)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName()
                                    + ": @RolesAllowed names the unknown role " + role));
                        }
                    }
                });
            }
        }).check(CODE);
    }

    /**
     * Every public method of a {@code @Service} checks the caller's role ({@code @PreAuthorize} on the method or its
     * class), or says why not with {@link WithoutRoleCheck} and a reason (listeners, scheduled jobs).
     */
    @Test
    void everyPublicServiceMethodChecksTheRoleOrSaysWhyNot() {
        classes().that().areAnnotatedWith(Service.class).should(new ArchCondition<>(
                "have @PreAuthorize or @WithoutRoleCheck(reason) on every public method (or on the class)") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                boolean classChecked = service.isAnnotatedWith(PreAuthorize.class);
                boolean classExempt = exempt(service.tryGetAnnotationOfType(WithoutRoleCheck.class), service, events);
                for (JavaMethod method : service.getMethods()) {
                    if (!method.getModifiers().contains(JavaModifier.PUBLIC) || method.getModifiers().contains(
                            JavaModifier.SYNTHETIC) || method.getModifiers().contains(JavaModifier.BRIDGE)) {
                        continue;
                    }
                    boolean checked = classChecked || method.isAnnotatedWith(PreAuthorize.class);
                    boolean exempt = classExempt
                            || exempt(method.tryGetAnnotationOfType(WithoutRoleCheck.class), service, events);
                    if (!checked && !exempt) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " is public in a @Service but has neither @PreAuthorize nor @WithoutRoleCheck"));
                    }
                }
            }

            private boolean exempt(java.util.Optional<WithoutRoleCheck> exemption, JavaClass service,
                    ConditionEvents events) {
                if (exemption.isPresent() && exemption.get().value().isBlank()) {
                    events.add(SimpleConditionEvent.violated(service, service.getName()
                            + ": @WithoutRoleCheck needs a reason"));
                    return false;
                }
                return exemption.isPresent();
            }
        }).check(CODE);
    }

    /** Role names in {@code @PreAuthorize} come from {@link Roles}: a literal is refused even when it is right. */
    @Test
    void preAuthorizeExpressionsAreBuiltFromTheRolesConstants() throws Exception {
        Pattern literal = Pattern.compile("'[A-Z_]+'");
        List<String> found = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("..")).filter(
                f -> f.toString().endsWith(".java") && f.toString().contains("src/main/java"))) {
            for (java.nio.file.Path file : files.toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    if (line.contains("@PreAuthorize(") && literal.matcher(line.replace(" ", "")).find()) {
                        found.add(file + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(found).as("@PreAuthorize with a role written as a literal instead of a Roles constant").isEmpty();
    }

    /**
     * The views anyone may open without logging in: the login, and the page a company's e-mailed link opens to set
     * its password (decision 0028).
     */
    private static final Set<String> PUBLIC_VIEWS = Set.of("fr.nanterre.insertion.app.ui.LoginView",
            "fr.nanterre.insertion.facilitation.ui.portal.PasswordView");

    /** {@code @RolesAllowed} or {@code @PermitAll}; {@code @AnonymousAllowed} is for the public views alone. */
    private static ArchCondition<JavaClass> declareTheirAccess() {
        return new ArchCondition<>("declare @RolesAllowed or @PermitAll (@AnonymousAllowed for the public views only)") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                boolean declared = view.isAnnotatedWith(RolesAllowed.class) || view.isAnnotatedWith(PermitAll.class)
                        || (view.isAnnotatedWith(AnonymousAllowed.class) && PUBLIC_VIEWS.contains(view.getName()));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " does not declare its access"));
                }
            }
        };
    }
}
