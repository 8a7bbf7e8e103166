package fr.nanterre.insertion.partners.participant;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of a pathway's history: who changed what, and when. It records the values after the change (the removed
 * values for a removal), so that the lines of one step read as its successive states.
 *
 * @param from the entry date, a step's start, or the exit date
 * @param to   a step's end
 */
public record PathwayChange(Instant changedAt, String changedBy, Kind kind, @Nullable StepType stepType,
                            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable ExitOutcome outcome) {

    public enum Kind {
        OPENED,
        STEP_ADDED,
        STEP_CHANGED,
        STEP_REMOVED,
        EXITED
    }

    static PathwayChange opened(Pathway pathway, String by, Instant at) {
        return new PathwayChange(at, by, Kind.OPENED, null, pathway.entryDate(), null, null);
    }

    static PathwayChange ofStep(Kind kind, PathwayStep step, String by, Instant at) {
        return new PathwayChange(at, by, kind, step.type(), step.startDate(), step.endDate(), null);
    }

    static PathwayChange exited(PathwayExit exit, String by, Instant at) {
        return new PathwayChange(at, by, Kind.EXITED, null, exit.date(), null, exit.outcome());
    }
}
