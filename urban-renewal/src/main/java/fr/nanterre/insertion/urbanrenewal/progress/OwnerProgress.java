package fr.nanterre.insertion.urbanrenewal.progress;

import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;

/** One project owner's operations in a project, against the charter. */
public record OwnerProgress(OwnerKind ownerKind, String ownerName, int operations, Standing standing) {
}
