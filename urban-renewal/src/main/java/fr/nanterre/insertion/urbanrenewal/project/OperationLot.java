package fr.nanterre.insertion.urbanrenewal.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A lot that carries out an operation, with what procurement said of it.
 *
 * @param procured null when procurement's copy is missing (the lot was removed there)
 */
public record OperationLot(UUID lotId, @Nullable Integer manualWorkHours, @Nullable ProcuredLotCopy procured) {

    /** The hours entered by hand when there are, else the calculator's estimate; null when neither is known. */
    public @Nullable Integer workHours() {
        if (manualWorkHours != null) {
            return manualWorkHours;
        }
        return procured == null ? null : procured.estimatedWorkHours();
    }

    public int clauseTargetHours() {
        return procured == null ? 0 : procured.clauseTargetHours();
    }
}
