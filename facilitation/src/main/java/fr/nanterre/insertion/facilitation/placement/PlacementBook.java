package fr.nanterre.insertion.facilitation.placement;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placements. Placing a participant asks partners whether they are eligible on the start date and keeps
 * that answer; a participant who is not is placed only with a justified exception.
 */
@Service
@PreAuthorize("hasAnyRole('FACILITATOR')")
public class PlacementBook {

    private final JdbcAggregateTemplate aggregates;
    private final KnownParticipants participants;
    private final ParticipantRegistry registry;
    private final Clock clock;

    PlacementBook(JdbcAggregateTemplate aggregates, KnownParticipants participants, ParticipantRegistry registry,
                  Clock clock) {
        this.aggregates = aggregates;
        this.participants = participants;
        this.registry = registry;
        this.clock = clock;
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
        String facilitator = SecurityContextHolder.getContext().getAuthentication().getName();
        return aggregates.insert(Placement.start(participantId, input, eligibility, facilitator, clock.instant()));
    }

    /** The placements, newest first unless the grid sorts otherwise, filtered by part of a reference or SIRET. */
    @Transactional(readOnly = true)
    public List<Placement> find(String text, org.springframework.data.domain.Pageable page) {
        return aggregates.findAll(query(text).with(page), Placement.class);
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return aggregates.count(query(text), Placement.class);
    }

    private static Query query(String text) {
        if (text == null || text.isBlank()) {
            return Query.empty();
        }
        String pattern = "%" + text.strip().toUpperCase(java.util.Locale.ROOT) + "%";
        return Query.query(Criteria.where("participantReference").like(pattern).or("employerSiret")
                .like(text.replaceAll("\\s", "") + "%"));
    }

    @Transactional(readOnly = true)
    public List<Placement> ofParticipant(String reference) {
        return aggregates.findAll(Query.query(Criteria.where("participantReference").is(reference))
                .sort(Sort.by("startDate")), Placement.class);
    }
}
