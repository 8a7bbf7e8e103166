package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A step as a user enters it. */
public record StepDetails(StepType type, LocalDate startDate, @Nullable LocalDate endDate, @Nullable String note) {

    public static final int NOTE_MAX_LENGTH = 500;

    StepDetails normalised() {
        return new StepDetails(type, startDate, endDate, note == null || note.isBlank() ? null : note.strip());
    }
}
