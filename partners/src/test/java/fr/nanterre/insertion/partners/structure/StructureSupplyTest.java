package fr.nanterre.insertion.partners.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.nanterre.insertion.partners.PartnerStructures;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.StructureSupply;
import fr.nanterre.insertion.partners.structure.StructureImport.Preview;
import fr.nanterre.insertion.partners.structure.StructureImport.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Structures declare what they do (CPV families, trades) and how much they can take on; procurement asks. */
@ApplicationModuleTest
@WithMockUser(roles = "PARTNERS")
class StructureSupplyTest {

    @Autowired
    StructureDirectory directory;
    @Autowired
    StructureImport structureImport;
    @Autowired
    PartnerStructures partnerStructures;

    @Test
    void activitiesAreCpvFamiliesOrTradeCodesAsUsersTypeThem() {
        assertThat(Activities.parse(" 45442000-7, painting ; 7731 45000000")).containsExactly("45442", "PAINTING",
                "7731", "45");
        assertThat(Activities.parse("")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Activities.parse("peinture!"));
        assertThatIllegalArgumentException().isThrownBy(() -> Activities.parse("4"));
        assertThat(Activities.cover(List.of("45442"), "45442100", null)).isTrue();
        assertThat(Activities.cover(List.of("45442"), "45233140", null)).isFalse();
        assertThat(Activities.cover(List.of("PAINTING"), "45233140", "PAINTING")).isTrue();
    }

    @Test
    void procurementFindsTheActiveStructuresWhoseActivitiesCoverAPurchaseWithTheirCapacity() {
        Structure painters = directory.register(StructureDetails.of("EI Couleurs Supply", StructureKind.EI,
                "81081081000081").withSupply(List.of("45442"), 6, 3500));
        directory.register(StructureDetails.of("ACI Peinture par métier Supply", StructureKind.ACI,
                "82082082000082").withSupply(List.of("PAINTING"), 4, 2000));
        directory.register(StructureDetails.of("ACI Jardins Supply", StructureKind.ACI, "83083083000083")
                .withSupply(List.of("7731"), 10, 9000));
        Structure closed = directory.register(StructureDetails.of("EI Fermée Supply", StructureKind.EI,
                "84084084000084").withSupply(List.of("45442"), 3, 1000));
        directory.overrideActivity(closed, false, "Liquidation");

        assertThat(directory.find(painters.id()).orElseThrow().details().activities()).containsExactly("45442");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("acheteur", null,
                "ROLE_PROCUREMENT"));
        List<StructureSupply> supply = partnerStructures.supplyFor("45442100", "PAINTING").stream()
                .filter(s -> s.name().endsWith("Supply")).toList();
        assertThat(supply).extracting(StructureSupply::name, StructureSupply::people, StructureSupply::hoursPerYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACI Peinture par métier Supply", 4, 2000),
                        org.assertj.core.groups.Tuple.tuple("EI Couleurs Supply", 6, 3500));
        assertThat(partnerStructures.supplyFor("45233140", "ROAD_WORKS")).filteredOn(s -> s.name().endsWith("Supply"))
                .isEmpty();
        assertThat(partnerStructures.supplyFor(null, null)).isEmpty();
    }

    @Test
    void theStructuresFileCarriesActivitiesAndCapacityLikeTheRest() {
        String csv = """
                Nom;Type;SIRET;Activités;Capacité (personnes);Capacité (heures/an)
                Fichier Peintres Solidaires;EI;85085085000085;45442, PAINTING;8;"12 000"
                Fichier activité fausse;EI;86086086000086;peinture!;;
                Fichier capacité fausse;EI;87087087000087;45442;huit;
                """;
        Preview preview = structureImport.preview("structures.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.lines()).extracting(Verdict::reason).containsExactly(null,
                "partners.import.reason.activities", "partners.import.reason.capacity");
        StructureDetails read = preview.lines().getFirst().details();
        assertThat(read.activities()).containsExactly("45442", "PAINTING");
        assertThat(read.capacityPeople()).isEqualTo(8);
        assertThat(read.capacityHoursPerYear()).isEqualTo(12000);
        assertThat(structureImport.apply(preview)).isEqualTo(1);
    }
}
