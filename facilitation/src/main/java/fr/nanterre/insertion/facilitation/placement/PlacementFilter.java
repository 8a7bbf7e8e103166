package fr.nanterre.insertion.facilitation.placement;

import fr.nanterre.insertion.procurement.Modality;
import org.jspecify.annotations.Nullable;

/**
 * What the placements list keeps.
 *
 * @param text       part of the participant's reference, of the employer's name, or the start of its SIRET
 * @param modality   one modality, or null for all
 * @param running    true: running today; false: ended; null: both
 * @param exceptions only the placements of participants who were not eligible (the justified exceptions)
 */
public record PlacementFilter(@Nullable String text, @Nullable Modality modality, @Nullable Boolean running,
                              boolean exceptions) {

    public static final PlacementFilter ALL = new PlacementFilter(null, null, null, false);
}
