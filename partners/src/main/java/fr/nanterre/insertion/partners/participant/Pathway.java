package fr.nanterre.insertion.partners.participant;

import static java.util.Comparator.comparing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.insertion.partners.ParticipantExited;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant's pathway (parcours): entered on a date, followed by a structure, made of steps, and closed by an
 * exit with its outcome. A participant has one open pathway at a time; an exited pathway no longer changes.
 */
@Table(schema = "partners", name = "pathway")
public class Pathway extends AbstractAggregateRoot<Pathway> {

    private final @Id UUID id;
    /** The participant, by id: another aggregate. */
    private final UUID participantId;
    private final LocalDate entryDate;
    /** A partner structure, by id; none when the City follows the participant itself. */
    private final @Nullable UUID structureId;
    @MappedCollection(idColumn = "pathway_id")
    private Set<PathwayStep> steps = new HashSet<>();
    @Embedded.Nullable(prefix = "exit_")
    private @Nullable PathwayExit exit;
    private @Version @Nullable Long version;

    @PersistenceCreator
    Pathway(UUID id, UUID participantId, LocalDate entryDate, @Nullable UUID structureId, @Nullable Long version) {
        this.id = id;
        this.participantId = participantId;
        this.entryDate = entryDate;
        this.structureId = structureId;
        this.version = version;
    }

    static Pathway open(UUID participantId, LocalDate entryDate, @Nullable UUID structureId, LocalDate today) {
        if (entryDate.isAfter(today)) {
            throw new IllegalArgumentException("A pathway cannot be entered in the future: " + entryDate);
        }
        return new Pathway(UUID.randomUUID(), participantId, entryDate, structureId, null);
    }

    PathwayStep addStep(StepDetails details) {
        PathwayStep step = PathwayStep.of(UUID.randomUUID(), checked(details));
        steps.add(step);
        return step;
    }

    PathwayStep changeStep(UUID stepId, StepDetails details) {
        PathwayStep changed = PathwayStep.of(stepId, checked(details));
        steps.remove(step(stepId));
        steps.add(changed);
        return changed;
    }

    PathwayStep removeStep(UUID stepId) {
        requireOpen();
        PathwayStep removed = step(stepId);
        steps.remove(removed);
        return removed;
    }

    void exit(NewExit input, LocalDate today) {
        requireOpen();
        if (input.date() == null || input.outcome() == null) {
            throw new IllegalArgumentException("An exit has a date and an outcome");
        }
        if (input.date().isBefore(entryDate) || input.date().isAfter(today)) {
            throw new IllegalArgumentException("An exit is dated between the entry and today: " + input.date());
        }
        if (steps.stream().anyMatch(step -> step.startDate().isAfter(input.date()))) {
            throw new IllegalArgumentException("A step starts after the exit date " + input.date());
        }
        exit = PathwayExit.of(input.date(), input.outcome());
        registerEvent(new ParticipantExited(participantId, id, exit.date(), exit.category()));
    }

    /** Notes are free text and may name people: the anonymisation erases them. */
    void eraseNotes() {
        steps = new HashSet<>(steps.stream().map(PathwayStep::withoutNote).toList());
    }

    private StepDetails checked(StepDetails input) {
        requireOpen();
        StepDetails details = input.normalised();
        if (details.type() == null || details.startDate() == null) {
            throw new IllegalArgumentException("A step has a type and a start date");
        }
        if (details.startDate().isBefore(entryDate)) {
            throw new IllegalArgumentException("A step starts on or after the entry date " + entryDate);
        }
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new IllegalArgumentException("A step ends on or after its start");
        }
        if (details.note() != null && details.note().length() > StepDetails.NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("A note is at most " + StepDetails.NOTE_MAX_LENGTH + " characters");
        }
        return details;
    }

    private PathwayStep step(UUID stepId) {
        return steps.stream().filter(step -> step.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No step " + stepId + " in pathway " + id));
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Pathway " + id + " is closed: it exited on " + exit.date());
        }
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public @Nullable UUID structureId() {
        return structureId;
    }

    /** In the order they started. */
    public List<PathwayStep> steps() {
        return steps.stream().sorted(comparing(PathwayStep::startDate).thenComparing(PathwayStep::type)).toList();
    }

    public @Nullable PathwayExit exit() {
        return exit;
    }

    public boolean isOpen() {
        return exit == null;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /** @throws OptimisticLockingFailureException when someone else changed the pathway since {@code read} */
    void requireVersion(long read) {
        if (version() != read) {
            throw new OptimisticLockingFailureException("Pathway " + id
                    + " was changed by someone else since version " + read);
        }
    }
}
