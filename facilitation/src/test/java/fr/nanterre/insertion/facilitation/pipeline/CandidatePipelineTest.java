package fr.nanterre.insertion.facilitation.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NotEligibleException;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementFilter;
import fr.nanterre.insertion.facilitation.placement.PlacementCriterion;
import fr.nanterre.insertion.facilitation.placement.ProfileAtStart;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.procurement.ContractAwarded;
import fr.nanterre.insertion.procurement.ContractAwarded.AwardedLot;
import fr.nanterre.insertion.procurement.Modality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Offers, referrals from referred to hired or not retained, and the placement a hire makes. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class CandidatePipelineTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final String AWARDEE = "55210055400013";

    @Autowired
    CandidatePipeline pipeline;
    @Autowired
    PlacementBook placements;
    @Autowired
    ParticipantDirectory participants;
    @Autowired
    JdbcClient jdbc;

    /** A clause procurement awarded, once facilitation follows it. */
    private UUID followedClause(String contract, Scenario scenario) {
        UUID clause = UUID.randomUUID();
        scenario.publish(new ContractAwarded(UUID.randomUUID(), contract, "Ville de Nanterre", START.minusMonths(2),
                        24, List.of(new AwardedLot(UUID.randomUUID(), 1, "Gros œuvre", AWARDEE, null, clause, 833))))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from facilitation.followed_clause where clause_id = ?")
                        .param(clause).query(Long.class).single(), n -> n > 0);
        return clause;
    }

    private String enrolled(String lastName, boolean withRsa) {
        return (withRsa ? TestData.enrolled(participants, jdbc, lastName, TestData.rsa(START.minusDays(5)))
                : TestData.enrolled(participants, jdbc, lastName)).reference();
    }

    private JobOffer open(UUID clause, String post, int positions) {
        return pipeline.open(new OfferDetails(clause, "552 100 554 00013", "Bâtir Seine SA", post,
                new BigDecimal("35"), START, START.plusMonths(6), positions));
    }

    private Referral interviewed(JobOffer offer, String reference) {
        return pipeline.interview(pipeline.refer(offer.id(), reference));
    }

    private static Hiring cdd(String justification) {
        return new Hiring(Modality.DIRECT_HIRE, ContractType.CDD, START, START.plusMonths(6), justification);
    }

    private OfferSummary summary(JobOffer offer) {
        return pipeline.offers(new OfferFilter(offer.postTitle(), null), Pageable.ofSize(10)).stream()
                .filter(s -> s.offer().id().equals(offer.id())).findFirst().orElseThrow();
    }

    @Test
    void aCandidateReferredInterviewedAndHiredIsPlacedOnTheOffersClauseWithTheCriteriaMet(Scenario scenario) {
        UUID clause = followedClause("PIPE-EMBAUCHE", scenario);
        String reference = enrolled("Embauche", true);
        JobOffer offer = open(clause, "Maçon coffreur (embauche)", 2);
        assertThat(offer.employerSiret()).as("typed with spaces, stored as 14 digits").isEqualTo(AWARDEE);

        Referral referred = pipeline.refer(offer.id(), reference.toLowerCase());
        assertThat(referred.status()).isEqualTo(ReferralStatus.REFERRED);
        assertThat(referred.participantReference()).isEqualTo(reference);
        assertThat(referred.referredBy()).isEqualTo("f.mef");
        Referral interview = pipeline.interview(referred);
        assertThat(interview.interviewOn()).isEqualTo(LocalDate.now());
        Referral hired = pipeline.hire(interview, cdd(null));

        assertThat(hired.status()).isEqualTo(ReferralStatus.HIRED);
        assertThat(hired.decidedBy()).isEqualTo("f.mef");
        List<Placement> placed = placements.findAll(new PlacementFilter(reference, null, null, false));
        assertThat(placed).hasSize(1);
        Placement placement = placed.getFirst();
        assertThat(placement.id()).isEqualTo(hired.placementId());
        assertThat(placement.eligibleAtStart()).isTrue();
        assertThat(placement.criteria()).extracting(PlacementCriterion::code).containsExactly("RSA");
        assertThat(placement.shares()).singleElement().satisfies(share -> {
            assertThat(share.clauseId()).isEqualTo(clause);
            assertThat(share.percent()).isEqualByComparingTo("100");
        });
        assertThat(placement.employerSiret()).isEqualTo(AWARDEE);
        assertThat(placement.employerName()).isEqualTo("Bâtir Seine SA");
        assertThat(placement.contractType()).isEqualTo(ContractType.CDD);
        assertThat(placement.startDate()).isEqualTo(START);

        OfferSummary summary = summary(offer);
        assertThat(summary.offer().hired()).isEqualTo(1);
        assertThat(summary.count(ReferralStatus.HIRED)).isEqualTo(1);
        assertThat(summary.count(ReferralStatus.REFERRED)).isZero();
    }

    @Test
    void aHireKeepsTheCandidatesProfileOnTheStartDate(Scenario scenario) {
        UUID clause = followedClause("PIPE-PROFIL", scenario);
        String reference = TestData.enrolled(participants, jdbc, TestData.livingIn("Profil", Sex.MALE,
                LocalDate.of(1975, 11, 30), Residence.NANTERRE), TestData.rsa(START.minusDays(5))).reference();
        JobOffer offer = open(clause, "Maçon coffreur (profil)", 1);

        Referral hired = pipeline.hire(interviewed(offer, reference), cdd(null));

        assertThat(placements.open(hired.placementId()).orElseThrow().profileAtStart())
                .isEqualTo(new ProfileAtStart(Residence.NANTERRE, Sex.MALE, AgeBand.FROM_50));
    }

    @Test
    void notRetainingACandidateNeedsAReasonAndTheDatabaseKeepsIt(Scenario scenario) {
        UUID clause = followedClause("PIPE-MOTIF", scenario);
        String reference = enrolled("Motif", true);
        Referral referred = pipeline.refer(open(clause, "Agent d'entretien (motif)", 1).id(), reference);

        assertThatIllegalArgumentException().isThrownBy(() -> pipeline.notRetain(referred, "  "));
        Referral notRetained = pipeline.notRetain(referred, " Ne s'est pas présentée à l'entretien ");
        assertThat(notRetained.status()).isEqualTo(ReferralStatus.NOT_RETAINED);
        assertThat(notRetained.reason()).isEqualTo("Ne s'est pas présentée à l'entretien");
        assertThat(notRetained.interviewOn()).as("not retained before any interview").isNull();

        assertThatThrownBy(() -> jdbc.sql("update facilitation.referral set reason = null where id = ?")
                .param(referred.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void stepsGoInOrderOnAnOpenOfferAndNeverPastItsPositions(Scenario scenario) {
        UUID clause = followedClause("PIPE-ORDRE", scenario);
        String first = enrolled("Premier", true);
        String second = enrolled("Second", true);
        String third = enrolled("Troisieme", true);
        JobOffer offer = open(clause, "Peintre (ordre)", 1);

        Referral referred = pipeline.refer(offer.id(), first);
        assertThatIllegalStateException().as("a hire follows an interview")
                .isThrownBy(() -> pipeline.hire(referred, cdd(null)));
        assertThat(placements.findAll(new PlacementFilter(first, null, null, false))).isEmpty();
        assertThatThrownBy(() -> pipeline.refer(offer.id(), first)).isInstanceOf(AlreadyReferredException.class);
        assertThatThrownBy(() -> pipeline.refer(offer.id(), "P-1999-999999")).isInstanceOf(NoSuchElementException.class);

        Referral hired = pipeline.hire(pipeline.interview(referred), cdd(null));
        assertThatIllegalStateException().as("hired is final").isThrownBy(() -> pipeline.interview(hired));
        assertThatIllegalStateException().isThrownBy(() -> pipeline.notRetain(hired, "Erreur"));

        Referral waiting = interviewed(offer, second);
        assertThatIllegalStateException().as("the only position is filled")
                .isThrownBy(() -> pipeline.hire(waiting, cdd(null)));
        assertThat(placements.findAll(new PlacementFilter(second, null, null, false))).isEmpty();
        JobOffer current = pipeline.offer(offer.id()).orElseThrow();
        assertThatIllegalArgumentException().as("one person is already hired")
                .isThrownBy(() -> pipeline.edit(current, withPositions(current, 0)));

        JobOffer closed = pipeline.close(current);
        assertThat(closed.state()).isEqualTo(OfferState.CLOSED);
        assertThatIllegalStateException().isThrownBy(() -> pipeline.refer(offer.id(), third));
        assertThatIllegalStateException().isThrownBy(() -> pipeline.close(closed));
        assertThatIllegalStateException().isThrownBy(() -> pipeline.edit(closed, closed.details()));
        assertThat(pipeline.notRetain(waiting, "Poste pourvu").status())
                .as("a candidate still waiting on a closed offer is told").isEqualTo(ReferralStatus.NOT_RETAINED);

        assertThat(pipeline.countReferrals(ReferralFilter.of(offer))).isEqualTo(2);
        assertThat(pipeline.referrals(new ReferralFilter(null, ReferralStatus.HIRED, first.toLowerCase()),
                Pageable.ofSize(10))).singleElement().satisfies(candidacy -> {
                    assertThat(candidacy.referral().id()).isEqualTo(hired.id());
                    assertThat(candidacy.offer().postTitle()).isEqualTo("Peintre (ordre)");
                });
    }

    /** Issue 13: the candidacies name participants; the log keeps the filters and counts, never the reference. */
    @Test
    @WithMockUser(username = "f.candidatures", roles = {"FACILITATOR", "PARTNERS"})
    void theCandidaciesFirstPageAndExportAreAuditedWithoutTheSearchedReference(Scenario scenario) {
        UUID clause = followedClause("PIPE-AUDIT", scenario);
        String first = enrolled("Auditcand", true);
        String second = enrolled("Autrecand", true);
        JobOffer offer = open(clause, "Coffreur (audit)", 2);
        pipeline.refer(offer.id(), first);
        pipeline.refer(offer.id(), second);

        pipeline.referrals(new ReferralFilter(null, ReferralStatus.REFERRED, first), PageRequest.of(0, 10));
        pipeline.referrals(ReferralFilter.of(offer), PageRequest.of(0, 10));
        // two referrals, a first page of one: the line says what was shown, without counting the filter
        pipeline.referrals(ReferralFilter.of(offer), PageRequest.of(0, 1));
        pipeline.referrals(ReferralFilter.of(offer), PageRequest.of(1, 1)); // the next page: not logged again
        pipeline.allReferrals(ReferralFilter.of(offer));

        List<String> logged = jdbc.sql("select action || ' ' || detail from partners.audit_log where username = ?"
                        + " and action in ('LIST_SHOWN', 'LIST_EXPORTED')"
                + " order by id").param("f.candidatures").query(String.class).list();
        assertThat(logged).containsExactly(
                "LIST_SHOWN candidatures: offer=all; status=REFERRED; search=yes; page=0; rows=1",
                "LIST_SHOWN offres: offer=" + offer.id() + "; status=all; search=no; page=0; rows=2",
                "LIST_SHOWN offres: offer=" + offer.id() + "; status=all; search=no; page=0; rows=1",
                "LIST_EXPORTED offres: offer=" + offer.id() + "; status=all; search=no; rows=2");
        assertThat(logged).noneMatch(line -> line.contains(first) || line.contains(second));
    }

    private static OfferDetails withPositions(JobOffer offer, int positions) {
        OfferDetails d = offer.details();
        return new OfferDetails(d.clauseId(), d.employerSiret(), d.employerName(), d.postTitle(), d.hoursPerWeek(),
                d.startDate(), d.endDate(), positions);
    }

    @Test
    void anOfferBreakingItsRulesIsRefused(Scenario scenario) {
        UUID clause = followedClause("PIPE-REGLES", scenario);
        OfferDetails valid = new OfferDetails(clause, AWARDEE, "Bâtir", "Coffreur", new BigDecimal("48"), START,
                START, 1);
        assertThat(pipeline.open(valid).hoursPerWeek()).isEqualByComparingTo("48");
        assertThatIllegalArgumentException().isThrownBy(() -> pipeline.open(new OfferDetails(clause, AWARDEE,
                "Bâtir", "Coffreur", new BigDecimal("48.5"), START, null, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> pipeline.open(new OfferDetails(clause, AWARDEE,
                "Bâtir", "Coffreur", new BigDecimal("35"), START, START.minusDays(1), 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> pipeline.open(new OfferDetails(clause, "5521005540001",
                "Bâtir", "Coffreur", new BigDecimal("35"), START, null, 1)));
        assertThatThrownBy(() -> pipeline.open(new OfferDetails(UUID.randomUUID(), AWARDEE, "Bâtir", "Coffreur",
                new BigDecimal("35"), START, null, 1))).isInstanceOf(NoSuchElementException.class);

        jdbc.sql("update facilitation.followed_clause set closed_on = ? where clause_id = ?")
                .params(START.plusMonths(1), clause).update();
        assertThatIllegalStateException().as("the contract is closed").isThrownBy(() -> pipeline.open(valid));
    }

    @Test
    void aCandidateWhoIsNotEligibleIsHiredOnlyWithAJustificationAndARefusalLeavesNothingBehind(Scenario scenario) {
        UUID clause = followedClause("PIPE-DEROGATION", scenario);
        String reference = enrolled("Derogation", false);
        JobOffer offer = open(clause, "Manœuvre (dérogation)", 1);
        Referral interview = interviewed(offer, reference);

        assertThatThrownBy(() -> pipeline.hire(interview, cdd(" "))).isInstanceOf(NotEligibleException.class);
        assertThat(placements.findAll(new PlacementFilter(reference, null, null, false))).isEmpty();
        assertThat(pipeline.offer(offer.id()).orElseThrow().hired()).as("the offer's count rolled back").isZero();

        Referral hired = pipeline.hire(interview, cdd("Sortante de détention, justificatif attendu du SPIP"));
        Placement placement = placements.findAll(new PlacementFilter(reference, null, null, false)).getFirst();
        assertThat(placement.id()).isEqualTo(hired.placementId());
        assertThat(placement.eligibleAtStart()).isFalse();
        assertThat(placement.exceptionJustification()).startsWith("Sortante de détention");
    }

    @Test
    void aChangeFromAStaleCopyIsRefusedAndAHireRefusedSoLeavesNoPlacement(Scenario scenario) {
        UUID clause = followedClause("PIPE-CONCURRENCE", scenario);
        String reference = enrolled("Concurrence", true);
        JobOffer offer = open(clause, "Électricien (concurrence)", 2);

        JobOffer edited = pipeline.edit(offer, withPositions(offer, 3));
        assertThat(edited.positions()).isEqualTo(3);
        assertThatThrownBy(() -> pipeline.edit(offer, withPositions(offer, 1)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Referral seenByBoth = interviewed(edited, reference);
        pipeline.hire(seenByBoth, cdd(null));
        assertThatThrownBy(() -> pipeline.hire(seenByBoth, cdd(null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(placements.findAll(new PlacementFilter(reference, null, null, false)))
                .as("the second placement rolled back").hasSize(1);
        assertThat(pipeline.offer(offer.id()).orElseThrow().hired()).isEqualTo(1);
    }

    @Test
    void offersAreFoundByPostEmployerOrContractAndByState(Scenario scenario) {
        UUID clause = followedClause("PIPE-RECHERCHE-7", scenario);
        JobOffer plumber = open(clause, "Plombier chauffagiste (recherche)", 1);
        pipeline.close(pipeline.open(new OfferDetails(clause, "90000000000017", "Électricité Générale de Nanterre",
                "Carreleur (recherche)", new BigDecimal("24.5"), START, null, 1)));

        assertThat(pipeline.countOffers(new OfferFilter("plombier chauffagiste", null))).isEqualTo(1);
        assertThat(pipeline.countOffers(new OfferFilter("pipe-recherche-7", null))).isEqualTo(2);
        assertThat(pipeline.offers(new OfferFilter("pipe-recherche-7", OfferState.OPEN), Pageable.ofSize(10)))
                .extracting(s -> s.offer().id()).containsExactly(plumber.id());
        assertThat(pipeline.offers(new OfferFilter("pipe-recherche-7", null), PageRequest.of(0, 10,
                Sort.by("postTitle")))).extracting(s -> s.offer().postTitle())
                .containsExactly("Carreleur (recherche)", "Plombier chauffagiste (recherche)");
        assertThat(pipeline.offers(new OfferFilter("electricite generale", null), Pageable.ofSize(10)))
                .as("the employer, typed without accents").extracting(s -> s.offer().postTitle())
                .containsExactly("Carreleur (recherche)");
        assertThat(pipeline.employerName("90000000000017")).as("known from its offer")
                .contains("Électricité Générale de Nanterre");
        assertThat(pipeline.employerName("90000000000025")).isEmpty();
    }

    @Test
    @WithMockUser(roles = "PARTNERS")
    void onlyFacilitatorsSeeOrChangeThePipeline() {
        assertThatThrownBy(() -> pipeline.countOffers(new OfferFilter(null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pipeline.refer(UUID.randomUUID(), "P-2026-000001"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
