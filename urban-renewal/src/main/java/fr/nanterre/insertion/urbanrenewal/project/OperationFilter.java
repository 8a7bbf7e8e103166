package fr.nanterre.insertion.urbanrenewal.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a user narrows the list of operations to; a null field does not filter.
 *
 * @param text part of the name or of the owner's name (any case, with or without accents)
 */
public record OperationFilter(@Nullable String text, @Nullable UUID projectId, @Nullable OperationCategory category,
                              @Nullable OwnerKind ownerKind) {

    public static final OperationFilter ALL = new OperationFilter(null, null, null, null);

    public static OperationFilter of(UUID projectId) {
        return new OperationFilter(null, projectId, null, null);
    }
}
