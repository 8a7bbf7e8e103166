package fr.nanterre.insertion.partners.support;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What the City expects of a structure for a year, and what the structure reports at year end: people hired,
 * hours worked, exits to durable jobs, side by side.
 */
@Table(schema = "partners", name = "yearly_objectives")
public class YearlyObjectives {

    /** Three figures, compared objective against result. */
    public record Figures(int hires, int hours, int durableExits) {

        public Figures {
            if (hires < 0 || hours < 0 || durableExits < 0) {
                throw new IllegalArgumentException("Objectives and results are not negative");
            }
        }
    }

    private final @Id UUID id;
    private final UUID structureId;
    private final int year;
    private @Embedded.Empty(prefix = "objective_") Figures objective;
    private @Embedded.Nullable(prefix = "result_") @Nullable Figures result;
    private @Nullable LocalDate resultsReportedOn;
    private final @Version @Nullable Long version;

    @PersistenceCreator
    YearlyObjectives(UUID id, UUID structureId, int year, Figures objective, @Nullable Figures result,
                     @Nullable LocalDate resultsReportedOn, @Nullable Long version) {
        this.id = id;
        this.structureId = structureId;
        this.year = year;
        this.objective = objective;
        this.result = result;
        this.resultsReportedOn = resultsReportedOn;
        this.version = version;
    }

    static YearlyObjectives set(UUID structureId, int year, Figures objective) {
        return new YearlyObjectives(UUID.randomUUID(), structureId, year, objective, null, null, null);
    }

    void changeObjective(Figures newObjective) {
        this.objective = newObjective;
    }

    void reportResults(Figures reported, LocalDate reportedOn) {
        this.result = reported;
        this.resultsReportedOn = reportedOn;
    }

    public UUID id() {
        return id;
    }

    public UUID structureId() {
        return structureId;
    }

    public int year() {
        return year;
    }

    public Figures objective() {
        return objective;
    }

    public @Nullable Figures result() {
        return result;
    }

    public @Nullable LocalDate resultsReportedOn() {
        return resultsReportedOn;
    }
}
