package fr.nanterre.insertion.facilitation.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.procurement.ClausesProgressed;
import fr.nanterre.insertion.procurement.ClausesProgressed.ClauseTotals;
import fr.nanterre.insertion.procurement.Modality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Changing a placement: its shares across clauses, its end date, its modality, and who may read its file; the
 * participant's profile it keeps from its start.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class PlacementBookTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired
    ParticipantDirectory participants;
    @Autowired
    PlacementBook placements;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;

    private String enrolled(String lastName) {
        return TestData.enrolled(participants, jdbc, lastName,
                new NewCriterion("RQTH", "Notification MDPH", START.minusMonths(1)), TestData.rsa(START.minusDays(3)))
                .reference();
    }

    private String enrolled(ParticipantDetails details) {
        return TestData.enrolled(participants, jdbc, details, TestData.rsa(START.minusDays(3))).reference();
    }

    private Placement placed(String reference, Modality modality, List<ClauseShare> shares) {
        return placements.place(new NewPlacement(reference, "55210055400013", "Bâtir Seine SA", modality, null, START,
                null, shares, null));
    }

    private static ClauseShare share(UUID clause, String percent) {
        return new ClauseShare(clause, new BigDecimal(percent));
    }

    @Test
    void sharingAPlacementAcrossTwoClausesCountsItsHoursAgainOnBoth(Scenario scenario) {
        String reference = enrolled("Globale");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Placement placement = placed(reference, Modality.DIRECT_HIRE, List.of(share(first, "100")));
        ledger.enter(placement.id(), YearMonth.of(2026, 1), new BigDecimal("120"));
        ledger.enter(placement.id(), YearMonth.of(2026, 2), new BigDecimal("80"));

        scenario.stimulate(() -> placements.revise(placement, new PlacementChange(placement.employerSiret(),
                        placement.employerName(), Modality.DIRECT_HIRE, null, null,
                        List.of(share(first, "75"), share(second, "25")))))
                .andWaitForEventOfType(ClausesProgressed.class)
                .matching(event -> event.clauses().size() == 2)
                .toArriveAndVerify(event -> assertThat(event.clauses())
                        .extracting(ClauseTotals::clauseId, c -> c.realisedHours().stripTrailingZeros().toPlainString())
                        // 200 h: 75 % on the first clause, 25 % on the second
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first, "150"),
                                org.assertj.core.groups.Tuple.tuple(second, "50")));
        Placement opened = placements.open(placement.id()).orElseThrow();
        assertThat(opened.shares()).extracting(ClauseShare::clauseId).containsExactly(first, second);
        // the list's page reads the placement with its criteria and shares, in order, as its file does
        assertThat(placements.find(new PlacementFilter(reference, null, null, false), PageRequest.of(0, 10)))
                .singleElement().isEqualTo(opened);
    }

    @Test
    void sharesThatDoNotSumToOneHundredOrNameAClauseTwiceAreRefused() {
        String reference = enrolled("Parts");
        UUID clause = UUID.randomUUID();
        Placement placement = placed(reference, Modality.PROVISION, List.of(share(clause, "100")));
        PlacementChange ninety = new PlacementChange(placement.employerSiret(), placement.employerName(),
                Modality.PROVISION, null, null, List.of(share(clause, "60"), share(UUID.randomUUID(), "30")));
        assertThatIllegalArgumentException().isThrownBy(() -> placements.revise(placement, ninety))
                .withMessageContaining("100 %");
        PlacementChange twice = new PlacementChange(placement.employerSiret(), placement.employerName(),
                Modality.PROVISION, null, null, List.of(share(clause, "50"), share(clause, "50")));
        assertThatIllegalArgumentException().isThrownBy(() -> placements.revise(placement, twice))
                .withMessageContaining("once");
    }

    @Test
    void aPlacementCannotEndBeforeTheHoursItAlreadyHas() {
        String reference = enrolled("Fin");
        UUID clause = UUID.randomUUID();
        Placement placement = placed(reference, Modality.DIRECT_HIRE, List.of(share(clause, "100")));
        ledger.enter(placement.id(), YearMonth.of(2026, 3), new BigDecimal("100"));

        PlacementChange endsInFebruary = new PlacementChange(placement.employerSiret(), placement.employerName(),
                Modality.DIRECT_HIRE, ContractType.CDD, LocalDate.of(2026, 2, 27), placement.shares());
        assertThatThrownBy(() -> placements.revise(placement, endsInFebruary))
                .isInstanceOfSatisfying(HoursOutsideException.class,
                        refused -> assertThat(refused.lastMonthWithHours()).isEqualTo(YearMonth.of(2026, 3)));

        Placement ended = placements.revise(placement, new PlacementChange(placement.employerSiret(),
                "Bâtir Seine", Modality.DIRECT_HIRE, ContractType.CDD, LocalDate.of(2026, 3, 20), placement.shares()));
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(ended.contractType()).isEqualTo(ContractType.CDD);
        assertThat(ended.eligibleAtStart()).as("the decision taken at the start stays").isTrue();
    }

    @Test
    void aChangeMadeFromAnOutdatedCopyIsRefused() {
        String reference = enrolled("Concurrent");
        Placement placement = placed(reference, Modality.DIRECT_HIRE, List.of(share(UUID.randomUUID(), "100")));
        placements.revise(placement, new PlacementChange(placement.employerSiret(), "Premier", Modality.DIRECT_HIRE,
                null, null, placement.shares()));
        assertThatThrownBy(() -> placements.revise(placement, new PlacementChange(placement.employerSiret(),
                "Second", Modality.DIRECT_HIRE, null, null, placement.shares())))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void aPlacementKeepsWhereTheParticipantLivedTheirSexAndAgeBandOnItsStartDate() {
        String nanterre = enrolled(TestData.livingIn("Quartier", Sex.FEMALE, LocalDate.of(1986, 5, 4),
                Residence.NANTERRE_QPV));
        // 25 on the start date, 26 a month later: the band of the start date is kept
        String elsewhere = enrolled(TestData.livingIn("Ailleurs", Sex.MALE, LocalDate.of(2000, 2, 5),
                Residence.ELSEWHERE));

        Placement inQpv = placed(nanterre, Modality.DIRECT_HIRE, List.of(share(UUID.randomUUID(), "100")));
        Placement outside = placed(elsewhere, Modality.PROVISION, List.of(share(UUID.randomUUID(), "100")));

        assertThat(placements.open(inQpv.id()).orElseThrow().profileAtStart())
                .isEqualTo(new ProfileAtStart(Residence.NANTERRE_QPV, Sex.FEMALE, AgeBand.FROM_26_TO_49));
        assertThat(placements.open(outside.id()).orElseThrow().profileAtStart())
                .isEqualTo(new ProfileAtStart(Residence.ELSEWHERE, Sex.MALE, AgeBand.UNDER_26));
        assertThat(jdbc.sql("select detail from partners.audit_log where participant_id = ? and action = 'PROFILE_READ'")
                .param(inQpv.participantId()).query(String.class).list()).containsExactly("date=" + START);

        Placement revised = placements.revise(outside, new PlacementChange(outside.employerSiret(), "Autre employeur",
                Modality.PROVISION, null, START.plusMonths(3), outside.shares()));
        assertThat(revised.profileAtStart()).as("the profile at the start stays")
                .isEqualTo(new ProfileAtStart(Residence.ELSEWHERE, Sex.MALE, AgeBand.UNDER_26));
        assertThat(placements.open(outside.id()).orElseThrow().profileAtStart()).isEqualTo(revised.profileAtStart());
    }

    @Test
    void aPlacementMadeBeforeProfilesWereKeptHasNone() {
        Placement placement = placed(enrolled("Ancienne"), Modality.DIRECT_HIRE,
                List.of(share(UUID.randomUUID(), "100")));
        // as migration V10 leaves the placements made before it
        jdbc.sql("update facilitation.placement set start_residence = null, start_sex = null, start_age_band = null "
                + "where id = ?").param(placement.id()).update();
        Placement before = placements.open(placement.id()).orElseThrow();
        assertThat(before.profileAtStart()).isNull();
        assertThat(placements.revise(before, new PlacementChange(before.employerSiret(), before.employerName(),
                Modality.DIRECT_HIRE, null, null, before.shares())).profileAtStart()).isNull();
        assertThatThrownBy(() -> jdbc.sql("update facilitation.placement set start_residence = 'PARIS', "
                + "start_sex = 'FEMALE', start_age_band = 'UNDER_26' where id = ?").param(placement.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update facilitation.placement set start_residence = 'NANTERRE' where id = ?")
                .param(placement.id()).update()).as("kept whole or not at all")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void openingAPlacementShowsItsCriteriaAndIsWrittenToTheAuditLog() {
        String reference = enrolled("Audit");
        Placement placement = placed(reference, Modality.DIRECT_HIRE, List.of(share(UUID.randomUUID(), "100")));
        Placement opened = placements.open(placement.id()).orElseThrow();
        assertThat(opened.criteria()).extracting(PlacementCriterion::code).containsExactlyInAnyOrder("RSA", "RQTH");
        assertThat(jdbc.sql("select username || ' ' || action || ' ' || detail from partners.audit_log "
                        + "where participant_id = ? and action = 'KEPT_DATA_READ'")
                .param(placement.participantId()).query(String.class).list())
                .containsExactly("f.mef KEPT_DATA_READ placement=" + placement.id());
    }

    /** Issue 13: references are identities; the log keeps who listed how many, never whom they searched. */
    @Test
    @WithMockUser(username = "f.listes", roles = {"FACILITATOR", "PARTNERS"})
    void theFirstPageOfEachFilterAndEachExportAreAuditedWithTheFiltersButNotTheSearchedReference() {
        String reference = enrolled("Auditee");
        UUID clause = UUID.randomUUID();
        placed(reference, Modality.PROVISION, List.of(share(clause, "100")));
        placements.place(new NewPlacement(reference, "55210055400013", "Chantier audité", Modality.DIRECT_HIRE,
                ContractType.CDD, START, START.plusMonths(1), List.of(share(clause, "100")), null));
        PlacementFilter search = new PlacementFilter(reference, Modality.PROVISION, null, false);
        PlacementFilter both = new PlacementFilter(reference, null, null, false);

        placements.find(search, PageRequest.of(0, 10));
        placements.find(search, PageRequest.of(1, 10)); // the next page of the same filter: not logged again
        // the filter keeps 2 placements; the first page of 1 shows one: the line says what was shown, uncounted
        assertThat(placements.find(both, PageRequest.of(0, 1))).hasSize(1);
        placements.find(both, PageRequest.of(1, 1));
        placements.findAll(both);

        List<String> logged = jdbc.sql("select action || ' ' || detail from partners.audit_log where username = ?"
                        + " and action in ('LIST_SHOWN', 'LIST_EXPORTED')"
                        + " order by id").param("f.listes").query(String.class).list();
        assertThat(logged).containsExactly(
                "LIST_SHOWN placements: search=yes; modality=PROVISION; running=all; exceptions=false; page=0; rows=1",
                "LIST_SHOWN placements: search=yes; modality=all; running=all; exceptions=false; page=0; rows=1",
                "LIST_EXPORTED placements: search=yes; modality=all; running=all; exceptions=false; rows=2");
        assertThat(logged).noneMatch(line -> line.contains(reference) || line.contains("Auditee"));
    }

    @Test
    void theListIsFilteredByTextModalityPeriodAndExceptions() {
        String reference = enrolled("Filtre");
        UUID clause = UUID.randomUUID();
        placed(reference, Modality.PROVISION, List.of(share(clause, "100")));
        placements.place(new NewPlacement(reference, "55210055400013", "Ancien Chantier", Modality.DIRECT_HIRE,
                ContractType.CDD, START, START.plusMonths(1), List.of(share(clause, "100")), null));

        assertThat(placements.find(new PlacementFilter(reference, Modality.PROVISION, null, false),
                PageRequest.of(0, 10))).extracting(Placement::employerName).containsExactly("Bâtir Seine SA");
        assertThat(placements.find(new PlacementFilter(reference.toLowerCase(), null, false, false),
                PageRequest.of(0, 10))).extracting(Placement::employerName).containsExactly("Ancien Chantier");
        assertThat(placements.count(new PlacementFilter("ancien chan", null, null, false))).isEqualTo(1);
        assertThat(placements.count(new PlacementFilter(reference, null, null, true))).as("both were eligible")
                .isZero();
    }

    @Test
    @WithMockUser(roles = "PROCUREMENT")
    void onlyFacilitatorsReadPlacements() {
        assertThatThrownBy(() -> placements.count(PlacementFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> placements.open(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }
}
