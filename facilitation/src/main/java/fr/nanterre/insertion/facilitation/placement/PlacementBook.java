package fr.nanterre.insertion.facilitation.placement;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.ledger.IndicatorRows;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.ListAudit;
import fr.nanterre.insertion.partners.ParticipantProfile;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placements. Placing a participant asks partners whether they are eligible on the start date and keeps
 * that answer; a participant who is not is placed only with a justified exception. It keeps their profile on that
 * date too (residence, sex, age band), which the counted hours carry to urban renewal's charter.
 */
@Service
@PreAuthorize("hasRole('" + Roles.FACILITATOR + "')")
public class PlacementBook {

    private final Placements placements;
    private final KnownParticipants participants;
    private final ParticipantRegistry registry;
    private final Ledger ledger;
    private final CurrentUser user;
    private final Clock clock;
    private final IndicatorRows indicators;
    private final ListAudit audit;
    private final PlacementList list;

    PlacementBook(Placements placements, KnownParticipants participants,
                  ParticipantRegistry registry, Ledger ledger, CurrentUser user, Clock clock,
                  IndicatorRows indicators, ListAudit audit, PlacementList list) {
        this.placements = placements;
        this.participants = participants;
        this.registry = registry;
        this.ledger = ledger;
        this.user = user;
        this.clock = clock;
        this.indicators = indicators;
        this.audit = audit;
        this.list = list;
    }

    /**
     * @throws NoSuchElementException   when no participant has this reference
     * @throws NotEligibleException     when the participant is not eligible and no exception is justified
     * @throws IllegalArgumentException when the dates, SIRET or shares break their rule
     */
    @Transactional
    public Placement place(NewPlacement input) {
        UUID participantId = participants.byReference(input.participantReference())
                .orElseThrow(() -> new NoSuchElementException("No participant " + input.participantReference()));
        EligibilitySnapshot eligibility = registry.eligibilityOn(participantId, input.startDate());
        ParticipantProfile profile = registry.profileOn(participantId, input.startDate());
        Placement placed = placements.save(Placement.start(participantId, input, eligibility, profile, user.name(),
                clock.instant()));
        // the participant's exits since the start count as exits of a placed person
        indicators.refreshParticipants(List.of(participantId));
        return placed;
    }

    /**
     * Changes a placement as the facilitator last read it. When its shares or modality change, the clauses it
     * counted on and those it counts on now are counted again and their progress published.
     *
     * @throws OptimisticLockingFailureException when someone changed it since {@code read}
     * @throws HoursOutsideException             when the new end date would leave recorded hours outside it
     * @throws IllegalArgumentException          when the dates, SIRET or shares break their rule
     */
    @Transactional
    public Placement revise(Placement read, PlacementChange change) {
        Placement revised = read.revised(change);
        Optional<YearMonth> lastHours = ledger.lastMonthWithHours(read.id());
        if (change.endDate() != null && lastHours.isPresent()
                && change.endDate().isBefore(lastHours.get().atDay(1))) {
            throw new HoursOutsideException(lastHours.get());
        }
        Placement saved = placements.save(revised);
        if (read.modality() != saved.modality() || !Set.copyOf(read.shares()).equals(Set.copyOf(saved.shares()))) {
            Set<UUID> clauses = new HashSet<>();
            read.shares().forEach(share -> clauses.add(share.clauseId()));
            saved.shares().forEach(share -> clauses.add(share.clauseId()));
            ledger.recount(clauses);
        }
        // its modality, shares or start moved the participant's figures on the dashboards
        indicators.refreshParticipants(List.of(saved.participantId()));
        return saved;
    }

    /**
     * A placement's file, with the criteria met when it started (social and health data): the read is written to
     * the participants' audit log.
     */
    @Transactional
    public Optional<Placement> open(UUID placementId) {
        Optional<Placement> placement = placements.findById(placementId);
        placement.ifPresent(p -> registry.recordRead(p.participantId(), "placement=" + p.id()));
        return placement;
    }

    /**
     * One page of the placements the filter keeps, newest first unless the page sorts otherwise. The participants'
     * references are identities: the first page of each filter is written to partners' audit log, with the filter
     * (never the searched text), the page's number and the rows it shows. The filter is not counted for it: the
     * grid counts when it needs to (issue 14), and the page is one statement with its criteria and shares.
     */
    @Transactional
    public List<Placement> find(PlacementFilter filter, Pageable page) {
        List<Placement> found = list.page(filter, page, Sort.by(Sort.Direction.DESC, "startDate"));
        if (page.isUnpaged() || page.getOffset() == 0) {
            audit.listShown(SCREEN, filter.auditDetail() + (page.isPaged() ? "; page=" + page.getPageNumber() : ""),
                    found.size());
        }
        return found;
    }

    /** The route of the placements' list, as the audit log names it. */
    static final String SCREEN = "placements";

    @Transactional(readOnly = true)
    public long count(PlacementFilter filter) {
        return list.count(filter);
    }

    /** Every placement the filter keeps, for an export: written to the audit log with the filter and the rows. */
    @Transactional
    public List<Placement> findAll(PlacementFilter filter) {
        List<Placement> all = list.page(filter, Pageable.unpaged(), Sort.by("participantReference", "startDate"));
        audit.listExported(SCREEN, filter.auditDetail(), all.size());
        return all;
    }
}
