package fr.nanterre.insertion.partners.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.participant.ExitOutcome;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.insertion.partners.participant.NewExit;
import fr.nanterre.insertion.partners.participant.NewPathway;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.Pathway;
import fr.nanterre.insertion.partners.participant.PathwayFollowUp;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.partners.support.CitySupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The read model behind {@link PartnerIndicators} (V13's triggers) against the full computation from the base
 * tables ({@link PartnerFiguresRecount}), after real changes through the module's services: enrolments, pathways
 * opened, exited and opened again (a gap), criteria recorded and removed, an identity changed (birth date, sex,
 * residence), grants agreed to SIAE with a year left out; over periods cut on every edge (a day before, on and after each date, a 29 February birthday).
 */
@ApplicationModuleTest
@WithMockUser(username = "indicateurs", roles = {"PARTNERS", "VIEWER"})
class PartnerIndicatorsTest {

    @Autowired
    PartnerIndicators indicators;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    PathwayFollowUp followUp;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CitySupport support;
    @Autowired
    StructureDirectory structures;

    @Test
    void theReadModelGivesTheFiguresOfTheFullComputationAfterRealChanges() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        PartnerFigures before = indicators.between(from, to);

        // Born on 29 February 2000: under 26 until 28 February 2026, 26 from 1 March 2026
        Participant leap = enrol("Bissextile", LocalDate.of(2000, 2, 29), Sex.FEMALE, true, true);
        Pathway leapPathway = followUp.open(leap.id(), new NewPathway(LocalDate.of(2025, 3, 10), null));
        leap = directory.recordCriterion(leap, new NewCriterion("RSA", "Attestation CAF", LocalDate.of(2025, 3, 1)));

        // Two spans in 2025 with a gap between them: one person in the year
        Participant twice = enrol("Deuxfois", LocalDate.of(1970, 6, 15), Sex.MALE, false, true);
        Pathway first = followUp.open(twice.id(), new NewPathway(LocalDate.of(2025, 1, 15), null));
        followUp.exit(first, new NewExit(LocalDate.of(2025, 4, 30), ExitOutcome.CDD_UNDER_6_MONTHS));
        Pathway second = followUp.open(twice.id(), new NewPathway(LocalDate.of(2025, 9, 1), null));
        followUp.exit(second, new NewExit(LocalDate.of(2025, 11, 30), ExitOutcome.CDI));
        followUp.open(twice.id(), new NewPathway(LocalDate.of(2026, 2, 2), null));
        twice = directory.recordCriterion(twice, new NewCriterion("OVER_50", "Pièce d'identité",
                LocalDate.of(2025, 10, 1)));

        // Exited before 2025: not in the year's figures, but in 2024's
        Participant earlier = enrol("Avant", LocalDate.of(1999, 12, 31), Sex.OTHER_OR_UNKNOWN, false, false);
        Pathway earlierPathway = followUp.open(earlier.id(), new NewPathway(LocalDate.of(2024, 2, 1), null));
        followUp.exit(earlierPathway, new NewExit(LocalDate.of(2024, 12, 31), ExitOutcome.QUALIFYING_TRAINING));
        earlier = directory.recordCriterion(earlier, new NewCriterion("RQTH", "Notification CDAPH",
                LocalDate.of(2024, 5, 2)));

        // SIAE granted in 2023, 2025 and 2026 (not 2024), twice in 2025; a GEIQ granted too, not an SIAE
        UUID aci = structures.register(StructureDetails.of("ACI Indicateurs", StructureKind.ACI, siret())).id();
        UUID ei = structures.register(StructureDetails.of("EI Indicateurs", StructureKind.EI, siret())).id();
        UUID geiq = structures.register(StructureDetails.of("GEIQ Indicateurs", StructureKind.GEIQ, siret()))
                .id();
        PartnerFigures before2024 = indicators.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        PartnerFigures before2023to2026 = indicators.between(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 1));
        support.agree(aci, 2023, "Fonctionnement", new BigDecimal("10000"), null, null);
        support.agree(aci, 2025, "Fonctionnement", new BigDecimal("12000"), null, null);
        support.agree(aci, 2025, "Investissement", new BigDecimal("3000"), null, null);
        support.agree(aci, 2026, "Fonctionnement", new BigDecimal("12500"), null, null);
        support.agree(ei, 2024, "Démarrage", new BigDecimal("8000"), null, null);
        support.agree(geiq, 2025, "Fonctionnement", new BigDecimal("5000"), null, null);
        assertThat(indicators.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).siaeSupported()
                - before2024.siaeSupported()).as("the EI only").isEqualTo(1);
        assertThat(indicators.between(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 1)).siaeSupported()
                - before2023to2026.siaeSupported()).as("the ACI once and the EI").isEqualTo(2);

        PartnerFigures after = indicators.between(from, to);
        assertThat(after.participantsInPathways() - before.participantsInPathways()).isEqualTo(2);
        assertThat(after.siaeSupported() - before.siaeSupported()).as("the ACI, granted twice in 2025").isEqualTo(1);
        assertThat(after.grantsGranted().subtract(before.grantsGranted())).isEqualByComparingTo("20000");
        assertThat(delta(after, before, OutcomeCategory.TRANSITION_JOB)).isEqualTo(1);
        assertThat(delta(after, before, OutcomeCategory.DURABLE_JOB)).isEqualTo(1);
        assertThat(delta(after, before, OutcomeCategory.POSITIVE_EXIT)).isZero();
        assertThat(after.byAgeBand().get(AgeBand.UNDER_26) - before.byAgeBand().get(AgeBand.UNDER_26)).isEqualTo(1);
        assertThat(after.byAgeBand().get(AgeBand.FROM_50) - before.byAgeBand().get(AgeBand.FROM_50)).isEqualTo(1);
        assertThat(after.byResidence().get(Residence.NANTERRE_QPV) - before.byResidence().get(Residence.NANTERRE_QPV))
                .isEqualTo(1);
        assertThat(after.byResidence().get(Residence.NANTERRE) - before.byResidence().get(Residence.NANTERRE))
                .isEqualTo(1);
        assertThat(after.byCriterion().get("RSA") - before.byCriterion().getOrDefault("RSA", 0L)).isEqualTo(1);
        assertThat(after.byCriterion().get("OVER_50") - before.byCriterion().getOrDefault("OVER_50", 0L))
                .isEqualTo(1);
        assertThat(after.byCriterion().getOrDefault("RQTH", 0L) - before.byCriterion().getOrDefault("RQTH", 0L))
                .isZero();
        assertSameAsRecount();

        // The identity changes: another birth date, sex and residence; a criterion is removed
        leap = directory.change(leap, new ParticipantDetails("Bissextile", "Léa", LocalDate.of(1975, 3, 1), Sex.MALE,
                null, null, "Puteaux", "92062", false, false, null, ReferringOrganisation.PLIE));
        leap = directory.removeCriterion(leap, leap.criteria().getFirst().id());
        followUp.exit(followUp.pathwaysOf(leap.id()).getFirst(), new NewExit(LocalDate.of(2026, 3, 1),
                ExitOutcome.SIAE_HIRE));
        assertSameAsRecount();
    }

    private void assertSameAsRecount() {
        PartnerFiguresRecount recount = new PartnerFiguresRecount(jdbc);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate edge : List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 15), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 11, 30), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1))) {
            days.add(edge.minusDays(1));
            days.add(edge);
            days.add(edge.plusDays(1));
        }
        for (LocalDate start : days) {
            for (LocalDate end : days) {
                if (!end.isBefore(start)) {
                    assertThat(indicators.between(start, end)).as("%s to %s", start, end)
                            .isEqualTo(recount.between(start, end));
                }
            }
        }
        assertThat(indicators.between(LocalDate.of(2009, 1, 1), LocalDate.of(2026, 12, 1)))
                .isEqualTo(recount.between(LocalDate.of(2009, 1, 1), LocalDate.of(2026, 12, 1)));
    }

    private static long delta(PartnerFigures after, PartnerFigures before, OutcomeCategory category) {
        return after.exits().get(category) - before.exits().get(category);
    }

    private static String siret() {
        return "%014d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000_000L,
                99_999_999_999_999L));
    }

    private Participant enrol(String lastName, LocalDate birthDate, Sex sex, boolean qpv, boolean nanterre) {
        return directory.enrol(new ParticipantDetails(lastName + UUID.randomUUID().toString().substring(0, 6),
                "Indicateur", birthDate, sex, null, null, nanterre ? "Nanterre" : "Rueil-Malmaison",
                nanterre ? "92050" : "92063", qpv, nanterre, null, ReferringOrganisation.PLIE));
    }
}
