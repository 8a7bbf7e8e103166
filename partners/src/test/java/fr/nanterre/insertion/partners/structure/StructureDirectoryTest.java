package fr.nanterre.insertion.partners.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.StructureSummary;
import fr.nanterre.insertion.partners.StructureRegistered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
                        StructureDetails.of("  Régie de quartier du Petit Nanterre ", StructureKind.REGIE_DE_QUARTIER,
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
        directory.register(StructureDetails.of("Envie Nanterre", StructureKind.EI, "11111111100011"));
        directory.register(StructureDetails.of("Envie Nanterre chantier", StructureKind.ACI, "11111111100011"));

        assertThatThrownBy(() -> directory.register(
                StructureDetails.of("Envie Nanterre bis", StructureKind.EI, "111 111 111 00011")))
                .isInstanceOf(DuplicateStructureException.class);
        assertThat(directory.count(new StructureFilter("11111111100011", null))).isEqualTo(2);
    }

    @Test
    void aSiretThatFailsItsChecksumIsKeptSoTheUserCanBeWarned() {
        Structure saved = directory.register(StructureDetails.of("Données source", StructureKind.EMPLOYER,
                "73282932000075"));
        assertThat(saved.siret().passesChecksum()).isFalse();
        assertThat(directory.count(new StructureFilter("73282932000075", null))).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long before = directory.count(StructureFilter.ALL);
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.register(StructureDetails.of("Sans SIRET", StructureKind.AI, "1234")));
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.register(StructureDetails.of("  ", StructureKind.AI, "22222222200022")));
        assertThat(directory.count(StructureFilter.ALL)).isEqualTo(before);
    }

    @Test
    void theListIsSearchedByPartOfTheNameInAnyCaseFilteredByKindAndPagedFromTheDatabase() {
        for (int i = 1; i <= 25; i++) {
            directory.register(StructureDetails.of("Chantier École Seine " + "%02d".formatted(i),
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
    @WithMockUser(username = "m.dupont", roles = "PARTNERS")
    void activityFollowsTheAgreementDatesUnlessSomeoneDecidesOtherwiseWithAReason() {
        Structure aci = directory.register(new StructureDetails("ACI Parc du Chemin de l'Île", StructureKind.ACI,
                "12121212100012", "1 rue de l'Île", "92000", "Nanterre", "92050", true, new BigDecimal("12.50"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(aci.isActiveOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(aci.isActiveOn(LocalDate.of(2026, 6, 15))).isTrue();
        assertThat(aci.isActiveOn(LocalDate.of(2027, 1, 1))).isFalse();

        Structure decided = directory.overrideActivity(aci, false, "Liquidation judiciaire prononcée");
        assertThat(decided.isActiveOn(LocalDate.of(2026, 6, 15))).isFalse();
        assertThat(decided.activityOverride().decidedBy()).isEqualTo("m.dupont");
        assertThat(decided.activityOverride().reason()).isEqualTo("Liquidation judiciaire prononcée");

        Structure reloaded = directory.find(aci.id()).orElseThrow();
        assertThat(reloaded.activityOverride()).isNotNull();
        assertThat(directory.clearActivityOverride(reloaded).isActiveOn(LocalDate.of(2026, 6, 15))).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() ->
                directory.overrideActivity(directory.find(aci.id()).orElseThrow(), true, " "));
    }

    @Test
    void theActivityFilterOfTheListAgreesWithTheRecords() {
        LocalDate today = LocalDate.now();
        Structure current = register("Filtre activité en cours", "13131313100013", today.minusMonths(1), today.plusMonths(1));
        register("Filtre activité expirée", "14141414100014", today.minusYears(1), today.minusDays(1));
        register("Filtre activité sans dates", "15151515100015", null, null);
        directory.overrideActivity(current, false, "Fermeture temporaire");

        assertThat(directory.find(new StructureFilter("filtre activite", null, null, true), PageRequest.of(0, 10)))
                .extracting(Structure::name).containsExactly("Filtre activité sans dates");
        assertThat(directory.count(new StructureFilter("filtre activite", null, null, false))).isEqualTo(2);
        assertThat(directory.count(new StructureFilter("filtre activite", null, true, null))).isZero();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        Structure registered = directory.register(StructureDetails.of("AI Concurrence", StructureKind.AI,
                "16161616100016"));
        Structure seenByAlice = directory.find(registered.id()).orElseThrow();
        Structure seenByBob = directory.find(registered.id()).orElseThrow();

        directory.update(seenByAlice, StructureDetails.of("AI Concurrence (Alice)", StructureKind.AI,
                "16161616100016"));
        assertThatThrownBy(() -> directory.update(seenByBob, StructureDetails.of("AI Concurrence (Bob)",
                StructureKind.AI, "16161616100016"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(directory.find(registered.id()).orElseThrow().name()).isEqualTo("AI Concurrence (Alice)");
    }

    @Test
    void contactsAreKeptWithTheStructure() {
        Structure ei = directory.register(StructureDetails.of("EI Contacts", StructureKind.EI, "17171717100017"));
        directory.replaceContacts(ei, List.of(new Contact("Awa Diallo", "Directrice", "awa@ei.fr", "0147000000"),
                new Contact("Marc Petit", "Encadrant technique", null, null)));
        assertThat(directory.find(ei.id()).orElseThrow().contacts()).extracting(Contact::name)
                .containsExactly("Awa Diallo", "Marc Petit");
        assertThatIllegalArgumentException().isThrownBy(() -> new Contact("X", null, "pas-un-courriel", null));
    }

    @Test
    void badAddressCodesAndAgreementDatesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> directory.register(new StructureDetails("A",
                StructureKind.EA, "18181818100018", null, "920", null, null, false, null, null, null)));
        assertThatIllegalArgumentException().isThrownBy(() -> directory.register(new StructureDetails("A",
                StructureKind.EA, "18181818100018", null, null, null, "9205", false, null, null, null)));
        assertThatIllegalArgumentException().isThrownBy(() -> directory.register(new StructureDetails("A",
                StructureKind.EA, "18181818100018", null, null, null, null, false, new BigDecimal("-1"), null, null)));
        assertThatIllegalArgumentException().isThrownBy(() -> directory.register(new StructureDetails("A",
                StructureKind.EA, "18181818100018", null, null, null, null, false, null, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 30))));
        assertThat(directory.count(new StructureFilter("18181818100018", null))).isZero();
    }

    private Structure register(String name, String siret, LocalDate from, LocalDate to) {
        return directory.register(new StructureDetails(name, StructureKind.ACI, siret, null, null, null, null, false,
                BigDecimal.ONE, from, to));
    }

    @Autowired
    PartnerStructures partnerStructures;

    @Test
    void otherModulesFindAStructureByIdOrBySiretWhateverTheirRole() {
        Structure ei = directory.register(StructureDetails.of("EI Api", StructureKind.EI, "19191919100019"));
        directory.register(StructureDetails.of("ACI Api", StructureKind.ACI, "19191919100019"));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("acheteur", null,
                "ROLE_PROCUREMENT"));

        assertThat(partnerStructures.find(ei.id())).get()
                .isEqualTo(new StructureSummary(ei.id(), "EI Api", StructureKind.EI, new Siret("19191919100019"),
                        true));
        assertThat(partnerStructures.findBySiret(new Siret("19191919100019"))).extracting(StructureSummary::kind)
                .containsExactlyInAnyOrder(StructureKind.EI, StructureKind.ACI);
        assertThat(partnerStructures.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anImportAsksForAllItsAwardeesSiretsAtOnce() {
        Structure ei = directory.register(StructureDetails.of("EI Lot", StructureKind.EI, "19191919100027"));
        Structure aci = directory.register(StructureDetails.of("ACI Lot", StructureKind.ACI, "19191919100027"));
        Structure ea = directory.register(StructureDetails.of("EA Lot", StructureKind.EA, "19191919100035"));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("acheteur", null,
                "ROLE_PROCUREMENT"));

        Map<Siret, List<StructureSummary>> found = partnerStructures.findBySirets(List.of(
                new Siret("19191919100027"), new Siret("19191919100035"), new Siret("19191919100043")));

        assertThat(found).containsOnlyKeys(new Siret("19191919100027"), new Siret("19191919100035"),
                new Siret("19191919100043"));
        assertThat(found.get(new Siret("19191919100027"))).extracting(StructureSummary::id)
                .containsExactlyInAnyOrder(ei.id(), aci.id());
        assertThat(found.get(new Siret("19191919100035"))).extracting(StructureSummary::name)
                .containsExactly("EA Lot");
        assertThat(found.get(new Siret("19191919100043"))).isEmpty();
        assertThat(partnerStructures.findBySirets(List.of())).isEmpty();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerMayNeitherRegisterNorListStructures() {
        assertThatThrownBy(() -> directory.register(StructureDetails.of("X", StructureKind.AI, "33333333300033")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count(StructureFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
