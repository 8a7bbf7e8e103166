package fr.nanterre.insertion.facilitation.pipeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.KnownParticipants;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.NotEligibleException;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.ListAudit;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.SearchKey;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate pipeline: job offers on the followed clauses, the participants referred to them, and each
 * referral's way to an interview, then a hire or a refusal. A hire is a placement, made by {@link PlacementBook}
 * in the same transaction, with its eligibility check.
 */
@Service
@PreAuthorize("hasRole('" + Roles.FACILITATOR + "')")
public class CandidatePipeline {

    private static final BigDecimal WHOLE_CLAUSE = BigDecimal.valueOf(100);
    private static final Sort OFFERS_ORDER = Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("id"));
    private static final Sort REFERRALS_ORDER = Sort.by(Sort.Order.desc("referredOn"), Sort.Order.asc("id"));

    private final JdbcAggregateTemplate aggregates;
    private final JobOffers offers;
    private final Referrals referrals;
    private final JdbcClient jdbc;
    private final FollowedClauses clauses;
    private final KnownParticipants participants;
    private final PlacementBook placements;
    private final CurrentUser user;
    private final Clock clock;
    private final ListAudit audit;

    CandidatePipeline(JdbcAggregateTemplate aggregates, JobOffers offers, Referrals referrals, JdbcClient jdbc,
                      FollowedClauses clauses, KnownParticipants participants, PlacementBook placements, CurrentUser user,
                      Clock clock, ListAudit audit) {
        this.aggregates = aggregates;
        this.offers = offers;
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.clauses = clauses;
        this.participants = participants;
        this.placements = placements;
        this.user = user;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @throws NoSuchElementException   when the clause is not followed
     * @throws IllegalStateException    when the clause's contract is closed
     * @throws IllegalArgumentException when a value breaks its rule (see {@link OfferDetails})
     */
    @Transactional
    public JobOffer open(OfferDetails details) {
        FollowedClause clause = clauses.find(details.clauseId())
                .orElseThrow(() -> new NoSuchElementException("No followed clause " + details.clauseId()));
        return offers.save(JobOffer.open(clause, details, user.name(), clock.instant()));
    }

    /**
     * @throws IllegalStateException    when the offer is closed
     * @throws IllegalArgumentException when a value breaks its rule, or fewer positions remain than people hired
     */
    @Transactional
    public JobOffer edit(JobOffer offer, OfferDetails details) {
        return offers.save(offer.edited(details));
    }

    /** Closed: no more referrals, interviews or hires; candidates still waiting may be told they are not retained. */
    @Transactional
    public JobOffer close(JobOffer offer) {
        return offers.save(offer.closed());
    }

    @Transactional(readOnly = true)
    public Optional<JobOffer> offer(UUID id) {
        return offers.findById(id);
    }

    /** The offers the filter keeps, latest start first unless the page sorts otherwise, with their referrals. */
    @Transactional(readOnly = true)
    public List<OfferSummary> offers(OfferFilter filter, Pageable page) {
        return summarised(aggregates.findAll(query(filter).with(page).sort(OFFERS_ORDER), JobOffer.class));
    }

    @Transactional(readOnly = true)
    public long countOffers(OfferFilter filter) {
        return aggregates.count(query(filter), JobOffer.class);
    }

    /** Every offer the filter keeps, for an export. */
    @Transactional(readOnly = true)
    public List<OfferSummary> allOffers(OfferFilter filter) {
        return summarised(aggregates.findAll(query(filter).sort(OFFERS_ORDER), JobOffer.class));
    }

    /**
     * The name facilitators already know for an employer's SIRET: the registered structure's, else the one
     * given on its latest offer or placement. Procurement's events name an awardee by SIRET only.
     */
    @Transactional(readOnly = true)
    public Optional<String> employerName(String siret) {
        return jdbc.sql("""
                        select coalesce(
                            (select name from facilitation.referral_structure where siret = :siret limit 1),
                            (select employer_name from facilitation.job_offer where employer_siret = :siret
                             order by opened_at desc limit 1),
                            (select employer_name from facilitation.placement where employer_siret = :siret
                             order by validated_at desc limit 1))""")
                .param("siret", siret).query(String.class).optional();
    }

    /**
     * @throws NoSuchElementException    when no participant has this reference
     * @throws AlreadyReferredException  when the participant is already referred to this offer
     * @throws IllegalStateException     when the offer is closed
     */
    @Transactional
    public Referral refer(UUID offerId, String participantReference) {
        load(offerId).checkOpen();
        UUID participant = participants.byReference(participantReference)
                .orElseThrow(() -> new NoSuchElementException("No participant " + participantReference));
        String reference = jdbc.sql("select reference from facilitation.known_participant where participant_id = ?")
                .param(participant).query(String.class).single();
        if (referrals.existsByOfferIdAndParticipantId(offerId, participant)) {
            throw new AlreadyReferredException(reference);
        }
        return referrals.save(Referral.referred(offerId, participant, reference, user.name(), today()));
    }

    /** @throws IllegalStateException when the offer is closed or the referral is past the referred step */
    @Transactional
    public Referral interview(Referral referral) {
        load(referral.offerId()).checkOpen();
        return referrals.save(referral.interviewed(user.name(), today()));
    }

    /**
     * Hires the candidate: the placement is made on the offer's clause at 100 %, with the offer's employer, and
     * the referral keeps it. Both happen in this transaction, or neither.
     *
     * @throws NotEligibleException     when the participant is not eligible on the start date and no
     *                                  justification is given
     * @throws IllegalStateException    when the referral is not at the interview step, the offer is closed or
     *                                  every position is filled
     * @throws IllegalArgumentException when the dates break their rule
     */
    @Transactional
    public Referral hire(Referral referral, Hiring hiring) {
        referral.status().checkMoveTo(ReferralStatus.HIRED); // before asking partners about eligibility
        JobOffer offer = offers.save(load(referral.offerId()).withOneMoreHire());
        Placement placement = placements.place(new NewPlacement(referral.participantReference(),
                offer.employerSiret(), offer.employerName(), hiring.modality(), hiring.contractType(),
                hiring.startDate(), hiring.endDate(), List.of(new ClauseShare(offer.clauseId(), WHOLE_CLAUSE)),
                hiring.justification()));
        return referrals.save(referral.hired(placement.id(), user.name(), today()));
    }

    /**
     * @throws IllegalArgumentException when the reason is blank
     * @throws IllegalStateException    when the referral is already hired or not retained
     */
    @Transactional
    public Referral notRetain(Referral referral, String reason) {
        return referrals.save(referral.notRetained(reason, user.name(), today()));
    }

    /**
     * The referrals the filter keeps, latest first unless the page sorts otherwise, each with its offer. They name
     * participants: the first page of each filter is written to partners' audit log, with the filter (never the
     * searched reference), the page's number and the rows it shows (not counted for it: the grid counts when it
     * needs to); the screen is the candidacies' list, or the offers' for the referrals of one offer.
     */
    @Transactional
    public List<Candidacy> referrals(ReferralFilter filter, Pageable page) {
        List<Candidacy> found = withOffers(aggregates.findAll(query(filter).with(page).sort(REFERRALS_ORDER),
                Referral.class));
        if (page.isUnpaged() || page.getOffset() == 0) {
            audit.listShown(screen(filter), filter.auditDetail()
                    + (page.isPaged() ? "; page=" + page.getPageNumber() : ""), found.size());
        }
        return found;
    }

    private static String screen(ReferralFilter filter) {
        return filter.offerId() == null ? "candidatures" : "offres";
    }

    @Transactional(readOnly = true)
    public long countReferrals(ReferralFilter filter) {
        return aggregates.count(query(filter), Referral.class);
    }

    /** Every referral the filter keeps, for an export: written to the audit log with the filter and the rows. */
    @Transactional
    public List<Candidacy> allReferrals(ReferralFilter filter) {
        List<Candidacy> all = withOffers(aggregates.findAll(query(filter).sort(REFERRALS_ORDER), Referral.class));
        audit.listExported(screen(filter), filter.auditDetail(), all.size());
        return all;
    }

    private JobOffer load(UUID offerId) {
        return offer(offerId).orElseThrow(() -> new NoSuchElementException("No job offer " + offerId));
    }

    private List<OfferSummary> summarised(List<JobOffer> offers) {
        Map<UUID, Map<ReferralStatus, Long>> counts = new HashMap<>();
        jdbc.sql("""
                        select offer_id, status, count(*) as referrals from facilitation.referral
                        where offer_id = any (:offers) group by offer_id, status""")
                .param("offers", offers.stream().map(JobOffer::id).toArray(UUID[]::new))
                .query(row -> {
                    counts.computeIfAbsent(row.getObject("offer_id", UUID.class),
                                    id -> new EnumMap<>(ReferralStatus.class))
                            .put(ReferralStatus.valueOf(row.getString("status")), row.getLong("referrals"));
                });
        return offers.stream().map(offer -> new OfferSummary(offer, counts.getOrDefault(offer.id(), Map.of())))
                .toList();
    }

    private List<Candidacy> withOffers(List<Referral> kept) {
        if (kept.isEmpty()) {
            return List.of();
        }
        Map<UUID, JobOffer> byId = offers.findAllById(kept.stream().map(Referral::offerId).distinct().toList())
                .stream().collect(Collectors.toMap(JobOffer::id, Function.identity()));
        return kept.stream().map(referral -> new Candidacy(referral, byId.get(referral.offerId()))).toList();
    }

    private static Query query(OfferFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.text() != null && !filter.text().isBlank()) {
            criteria = criteria.and(Criteria.where("searchKey").like(SearchKey.containing(filter.text())));
        }
        if (filter.state() != null) {
            criteria = criteria.and("state").is(filter.state().name());
        }
        return Query.query(criteria);
    }

    private static Query query(ReferralFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.offerId() != null) {
            criteria = criteria.and("offerId").is(filter.offerId());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status().name());
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            criteria = criteria.and("participantReference")
                    .like("%" + filter.reference().strip().toUpperCase(Locale.ROOT) + "%");
        }
        return Query.query(criteria);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
