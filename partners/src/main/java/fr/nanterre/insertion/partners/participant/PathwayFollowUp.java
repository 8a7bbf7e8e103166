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
import fr.nanterre.platform.security.Roles;
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
@PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.FACILITATOR + "')")
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

    /**
     * @param read the pathway as the user read it (so do the changes below)
     * @throws OptimisticLockingFailureException when someone else changed the pathway since; nothing is saved
     */
    @Transactional
    public Pathway addStep(Pathway read, StepDetails details) {
        Pathway pathway = loadForChange(read);
        PathwayStep step = pathway.addStep(details);
        return saved(pathway, PathwayChange.ofStep(PathwayChange.Kind.STEP_ADDED, step, user.name(),
                clock.instant()));
    }

    @Transactional
    public Pathway changeStep(Pathway read, UUID stepId, StepDetails details) {
        Pathway pathway = loadForChange(read);
        PathwayStep step = pathway.changeStep(stepId, details);
        return saved(pathway, PathwayChange.ofStep(PathwayChange.Kind.STEP_CHANGED, step, user.name(),
                clock.instant()));
    }

    @Transactional
    public Pathway removeStep(Pathway read, UUID stepId) {
        Pathway pathway = loadForChange(read);
        PathwayStep step = pathway.removeStep(stepId);
        return saved(pathway, PathwayChange.ofStep(PathwayChange.Kind.STEP_REMOVED, step, user.name(),
                clock.instant()));
    }

    /** Publishes {@link fr.nanterre.insertion.partners.ParticipantExited} in this transaction. */
    @Transactional
    public Pathway exit(Pathway read, NewExit input) {
        Pathway pathway = loadForChange(read);
        pathway.exit(input, LocalDate.now(clock));
        Pathway saved = pathways.save(pathway);
        history.append(read.id(), PathwayChange.exited(saved.exit(), user.name(), clock.instant()));
        audit.record(user.name(), AuditAction.PATHWAY_EXITED, pathway.participantId(),
                "pathway=" + read.id() + ",outcome=" + input.outcome());
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

    /** The pathway as stored, when it is still the version the user read. */
    private Pathway loadForChange(Pathway read) {
        Pathway pathway = pathways.findById(read.id())
                .orElseThrow(() -> new NoSuchElementException("No pathway " + read.id()));
        pathway.requireVersion(read.version());
        return pathway;
    }
}
