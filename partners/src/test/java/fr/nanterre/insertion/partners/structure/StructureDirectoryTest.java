package fr.nanterre.insertion.partners.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.StructureRegistered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest
@WithMockUser(roles = "PARTNERS")
class StructureDirectoryTest {

    @Autowired
    StructureDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registeringAStructurePublishesStructureRegisteredWithItsSiret(Scenario scenario) {
        scenario.stimulate(() -> directory.register(
                        new NewStructure("  Régie de quartier du Petit Nanterre ", StructureKind.REGIE_DE_QUARTIER,
                                "444 444 442 00018")))
                .andWaitForEventOfType(StructureRegistered.class)
                .matching(event -> event.siret().equals("44444444200018"))
                .toArriveAndVerify(event -> {
                    assertThat(event.name()).isEqualTo("Régie de quartier du Petit Nanterre");
                    assertThat(event.kind()).isEqualTo(StructureKind.REGIE_DE_QUARTIER);
                    assertThat(jdbc.sql("select name from partners.structure where id = ?")
                            .param(event.structureId()).query(String.class).single())
                            .isEqualTo("Régie de quartier du Petit Nanterre");
                });
    }

    @Test
    void oneSiretMayCarryTwoKindsButNotTheSameKindTwice() {
        directory.register(new NewStructure("Envie Nanterre", StructureKind.EI, "11111111100011"));
        directory.register(new NewStructure("Envie Nanterre chantier", StructureKind.ACI, "11111111100011"));

        assertThatThrownBy(() -> directory.register(
                new NewStructure("Envie Nanterre bis", StructureKind.EI, "111 111 111 00011")))
                .isInstanceOf(DuplicateStructureException.class);
        assertThat(directory.count(new StructureFilter("11111111100011", null))).isEqualTo(2);
    }

    @Test
    void aSiretThatFailsItsChecksumIsKeptSoTheUserCanBeWarned() {
        Structure saved = directory.register(new NewStructure("Données source", StructureKind.EMPLOYER,
                "73282932000075"));
        assertThat(saved.siret().passesChecksum()).isFalse();
        assertThat(directory.count(new StructureFilter("73282932000075", null))).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long before = directory.count(StructureFilter.ALL);
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.register(new NewStructure("Sans SIRET", StructureKind.AI, "1234")));
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.register(new NewStructure("  ", StructureKind.AI, "22222222200022")));
        assertThat(directory.count(StructureFilter.ALL)).isEqualTo(before);
    }

    @Test
    void theListIsSearchedByPartOfTheNameInAnyCaseFilteredByKindAndPagedFromTheDatabase() {
        for (int i = 1; i <= 25; i++) {
            directory.register(new NewStructure("Chantier École Seine " + "%02d".formatted(i),
                    i % 2 == 0 ? StructureKind.ACI : StructureKind.EI, "%014d".formatted(900000000L + i)));
        }
        StructureFilter seine = new StructureFilter("école seine", null);
        assertThat(directory.count(seine)).isEqualTo(25);
        assertThat(directory.count(new StructureFilter("école seine", StructureKind.ACI))).isEqualTo(12);

        var secondPage = directory.find(seine, PageRequest.of(1, 10, Sort.by("name")));
        assertThat(secondPage).extracting(Structure::name)
                .first().isEqualTo("Chantier École Seine 11");
        assertThat(secondPage).hasSize(10);
        assertThat(directory.find(seine, PageRequest.of(2, 10, Sort.by("name")))).hasSize(5);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerMayNeitherRegisterNorListStructures() {
        assertThatThrownBy(() -> directory.register(new NewStructure("X", StructureKind.AI, "33333333300033")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count(StructureFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
