package fr.nanterre.insertion.urbanrenewal.progress;

import java.time.LocalDate;
import java.util.List;

import fr.nanterre.insertion.urbanrenewal.project.Project;

/**
 * A project against the charter on a day: its total, its owners and its operations, those behind first.
 */
public record ProjectProgress(Project project, LocalDate day, Standing standing, List<OwnerProgress> owners,
                              List<OperationProgress> operations) {

    public ProjectProgress {
        owners = List.copyOf(owners);
        operations = List.copyOf(operations);
    }
}
