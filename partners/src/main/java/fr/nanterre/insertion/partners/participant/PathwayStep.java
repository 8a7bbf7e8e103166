package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A step of a pathway: a training, work on a clause, an SIAE contract, a job… */
@Table(schema = "partners", name = "pathway_step")
public record PathwayStep(UUID id, StepType type, LocalDate startDate, @Nullable LocalDate endDate,
                          @Nullable String note) {

    static PathwayStep of(UUID id, StepDetails details) {
        return new PathwayStep(id, details.type(), details.startDate(), details.endDate(), details.note());
    }

    StepDetails details() {
        return new StepDetails(type, startDate, endDate, note);
    }

    PathwayStep withoutNote() {
        return new PathwayStep(id, type, startDate, endDate, null);
    }
}
