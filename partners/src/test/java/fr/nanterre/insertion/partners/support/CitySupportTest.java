package fr.nanterre.insertion.partners.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.partners.support.YearlyObjectives.Figures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest
@WithMockUser(roles = "PARTNERS")
class CitySupportTest {

    @Autowired
    CitySupport support;
    @Autowired
    StructureDirectory structures;

    @Test
    void aGrantIsPaidInPartsButNeverBeyondItsAmount() {
        UUID ei = structure("EI Versements", StructureKind.EI, "21212121200021");
        Grant grant = support.agree(ei, 2026, "Accompagnement socio-professionnel", new BigDecimal("50000"),
                "Bilan annuel avant le 31 mars", LocalDate.of(2026, 2, 1));
        grant = support.pay(grant, LocalDate.of(2026, 3, 1), new BigDecimal("20000"));
        grant = support.pay(grant, LocalDate.of(2026, 9, 1), new BigDecimal("30000.00"));
        assertThat(grant.paidSoFar()).isEqualByComparingTo("50000");

        Grant paidInFull = grant;
        assertThatIllegalArgumentException().isThrownBy(() ->
                support.pay(paidInFull, LocalDate.of(2026, 12, 1), new BigDecimal("0.01")));
        assertThat(support.grantsOf(ei).getFirst().paidSoFar()).isEqualByComparingTo("50000");
        assertThat(support.grantsOf(ei).getFirst().payments()).hasSize(2);
    }

    @Test
    void theYearsTotalsAddUpGrantsPaymentsObjectivesAndResultsPerKindOfStructure() {
        int year = 2031;
        UUID aciA = structure("ACI Totaux A", StructureKind.ACI, "22222222200022");
        UUID aciB = structure("ACI Totaux B", StructureKind.ACI, "23232323200023");
        UUID ei = structure("EI Totaux", StructureKind.EI, "24242424200024");

        Grant grant = support.agree(aciA, year, "Chantier espaces verts", new BigDecimal("100000"), null, null);
        support.pay(grant, LocalDate.of(year, 4, 1), new BigDecimal("40000"));
        support.reportResults(support.setObjectives(aciA, year, new Figures(10, 12000, 3)),
                new Figures(12, 11000, 4), LocalDate.of(year + 1, 2, 15));
        support.setObjectives(aciB, year, new Figures(5, 6000, 1));
        support.agree(ei, year, "Démarrage", new BigDecimal("30000"), null, null);
        support.agree(ei, year + 1, "Autre année", new BigDecimal("99999"), null, null);

        assertThat(support.totals(year)).containsExactly(
                new SupportTotals(year, StructureKind.ACI, 2, new BigDecimal("100000.00"), new BigDecimal("40000.00"),
                        15, 12, 18000, 11000, 4, 4),
                new SupportTotals(year, StructureKind.EI, 1, new BigDecimal("30000.00"), new BigDecimal("0"),
                        0, null, 0, null, 0, null));
    }

    @Test
    void settingAYearsObjectivesTwiceChangesThemRatherThanAddingAYear() {
        UUID ai = structure("AI Objectifs", StructureKind.AI, "25252525200025");
        support.setObjectives(ai, 2027, new Figures(4, 3000, 1));
        support.setObjectives(ai, 2027, new Figures(6, 3500, 2));
        assertThat(support.objectivesOf(ai)).singleElement()
                .satisfies(o -> assertThat(o.objective()).isEqualTo(new Figures(6, 3500, 2)));
    }

    private UUID structure(String name, StructureKind kind, String siret) {
        return structures.register(StructureDetails.of(name, kind, siret)).id();
    }
}
