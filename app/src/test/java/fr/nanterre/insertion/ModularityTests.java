package fr.nanterre.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void theFourPillarsAreModulesAndTheirDependenciesPointOneWay() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("partners", "procurement", "urbanrenewal", "facilitation");
        modules.verify();
    }

    /** Writes the module diagrams and canvases to docs/architecture (committed, so they are read without a build). */
    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/architecture"))
                .writeDocumentation();
    }
}
