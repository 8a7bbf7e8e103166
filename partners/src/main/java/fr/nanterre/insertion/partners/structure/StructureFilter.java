package fr.nanterre.insertion.partners.structure;

import fr.nanterre.insertion.partners.StructureKind;
import org.jspecify.annotations.Nullable;

/**
 * What a user narrows the list of structures to.
 *
 * @param text part of the name or of the SIRET, any case; blank for all
 * @param kind one kind, or null for all
 */
public record StructureFilter(@Nullable String text, @Nullable StructureKind kind) {

    public static final StructureFilter ALL = new StructureFilter(null, null);
}
