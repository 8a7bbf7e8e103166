package fr.nanterre.insertion.partners.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.partners.audit.AuditAction;
import fr.nanterre.insertion.partners.audit.AuditLog;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.text.SearchKey;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of participants' pathways: open one, add and change its steps, record the exit. Every change is
 * kept in the pathway's history and in the audit log.
 */
@Service
@PreAuthorize("hasAnyRole('PARTNERS', 'FACILITATOR')")
public class PathwayFollowUp {

    private final Pathways pathways;
    private final Participants participants;
    private final PathwayHistory history;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;

    PathwayFollowUp(Pathways pathways, Participants participants, PathwayHistory history, JdbcClient jdbc,
                    AuditLog audit, CurrentUser user, Clock clock) {
        this.pathways = pathways;
        this.participants = participants;
        this.history = history;
        this.jdbc = jdbc;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** Newest first. Part of the participant's file, whose opening is audited. */
    @Transactional(readOnly = true)
    public List<Pathway> pathwaysOf(UUID participantId) {
        return pathways.findByParticipantIdOrderByEntryDateDesc(participantId);
    }

    /**
     * @throws IllegalStateException    when the participant has an open pathway already
     * @throws IllegalArgumentException when the entry date is missing or in the future
     */
    @Transactional
    public Pathway open(UUID participantId, NewPathway input) {
        if (!participants.existsById(participantId)) {
            throw new NoSuchElementException("No participant " + participantId);
        }
        if (pathwaysOf(participantId).stream().anyMatch(Pathway::isOpen)) {
            throw new IllegalStateException("Participant " + participantId + " has an open pathway already");
        }
        if (input.entryDate() == null) {
            throw new IllegalArgumentException("A pathway has an entry date");
        }
        Pathway pathway = pathways.save(Pathway.open(participantId, input.entryDate(),
                input.structure() == null ? null : input.structure().id(), LocalDate.now(clock)));
        history.append(pathway.id(), PathwayChange.opened(pathway, user.name(), clock.instant()));
        audit.record(user.name(), AuditAction.PATHWAY_OPENED, participantId, "pathway=" + pathway.id());
        return pathway;
    }

    @Transactional
    public Pathway addStep(UUID pathwayId, long expectedVersion, StepDetails details) {
        Pathway pathway = loadForChange(pathwayId, expectedVersion);
        PathwayStep step = pathway.addStep(details);
        return saved(pathway, PathwayChange.ofStep(PathwayChange.Kind.STEP_ADDED, step, user.name(),
                clock.instant()));
    }

    @Transactional
    public Pathway changeStep(UUID pathwayId, long expectedVersion, UUID stepId, StepDetails details) {
        Pathway pathway = loadForChange(pathwayId, expectedVersion);
        PathwayStep step = pathway.changeStep(stepId, details);
        return saved(pathway, PathwayChange.ofStep(PathwayChange.Kind.STEP_CHANGED, step, user.name(),
                clock.instant()));
    }

    @Transactional
    public Pathway removeStep(UUID pathwayId, long expectedVersion, UUID stepId) {
        Pathway pathway = loadForChange(pathwayId, expectedVersion);
        PathwayStep step = pathway.removeStep(stepId);
        return saved(pathway, PathwayChange.ofStep(PathwayChange.Kind.STEP_REMOVED, step, user.name(),
                clock.instant()));
    }

    /** Publishes {@link fr.nanterre.insertion.partners.ParticipantExited} in this transaction. */
    @Transactional
    public Pathway exit(UUID pathwayId, long expectedVersion, NewExit input) {
        Pathway pathway = loadForChange(pathwayId, expectedVersion);
        pathway.exit(input, LocalDate.now(clock));
        Pathway saved = pathways.save(pathway);
        history.append(pathwayId, PathwayChange.exited(saved.exit(), user.name(), clock.instant()));
        audit.record(user.name(), AuditAction.PATHWAY_EXITED, pathway.participantId(),
                "pathway=" + pathwayId + ",outcome=" + input.outcome());
        return saved;
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<PathwayChange> history(UUID pathwayId) {
        return history.of(pathwayId);
    }

    /** Partner structures whose name contains the text, for choosing the one that follows a pathway. */
    @Transactional(readOnly = true)
    public List<StructureChoice> structures(String text, int offset, int limit) {
        return jdbc.sql("""
                        select id, name from partners.structure where search_key like :text
                        order by search_key, id limit :limit offset :offset""")
                .param("text", SearchKey.containing(text))
                .param("limit", limit)
                .param("offset", offset)
                .query(StructureChoice.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<StructureChoice> structure(UUID structureId) {
        return jdbc.sql("select id, name from partners.structure where id = ?").param(structureId)
                .query(StructureChoice.class).optional();
    }

    private Pathway saved(Pathway pathway, PathwayChange change) {
        Pathway saved = pathways.save(pathway);
        history.append(pathway.id(), change);
        audit.record(change.changedBy(), AuditAction.PATHWAY_CHANGED, pathway.participantId(),
                "pathway=" + pathway.id() + ",change=" + change.kind());
        return saved;
    }

    private Pathway loadForChange(UUID pathwayId, long expectedVersion) {
        Pathway pathway = pathways.findById(pathwayId)
                .orElseThrow(() -> new NoSuchElementException("No pathway " + pathwayId));
        if (pathway.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Pathway " + pathwayId
                    + " was changed by someone else since version " + expectedVersion);
        }
        return pathway;
    }
}
