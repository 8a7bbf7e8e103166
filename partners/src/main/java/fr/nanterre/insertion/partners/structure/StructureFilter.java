package fr.nanterre.insertion.partners.structure;

import fr.nanterre.insertion.partners.StructureKind;
import org.jspecify.annotations.Nullable;

/**
 * What a user narrows the list of structures to; a null field does not filter.
 *
 * @param text   part of the name (any case, with or without accents) or the beginning of the SIRET
 * @param active   active today, or not (see {@link Structure#isActiveOn})
 * @param siaeOnly only the SIAE kinds ({@link StructureKind#isSiae()}): the list behind the "SIAE" figures
 */
public record StructureFilter(@Nullable String text, @Nullable StructureKind kind, @Nullable Boolean inQpv,
                              @Nullable Boolean active, boolean siaeOnly) {

    public static final StructureFilter ALL = new StructureFilter(null, null, null, null);

    public StructureFilter(@Nullable String text, @Nullable StructureKind kind, @Nullable Boolean inQpv,
                           @Nullable Boolean active) {
        this(text, kind, inQpv, active, false);
    }

    public StructureFilter(@Nullable String text, @Nullable StructureKind kind) {
        this(text, kind, null, null);
    }
}
