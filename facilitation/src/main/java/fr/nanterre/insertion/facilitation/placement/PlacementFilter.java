package fr.nanterre.insertion.facilitation.placement;

import java.time.YearMonth;

import fr.nanterre.insertion.procurement.Modality;
import org.jspecify.annotations.Nullable;

/**
 * What the placements list keeps.
 *
 * @param text       part of the participant's reference, of the employer's name, or the start of its SIRET
 * @param modality   one modality, or null for all
 * @param running    true: running today; false: ended; null: both
 * @param exceptions only the placements of participants who were not eligible (the justified exceptions)
 * @param firstMonth only the placements with hours counted (more than 0 h) from this month (the dashboards'
 *                   drill-down), to {@code lastMonth} or in this month alone
 * @param buyer      only the placements sharing a clause of this buyer (exactly); with months, their hours
 *                   counted on such a clause in those months
 */
public record PlacementFilter(@Nullable String text, @Nullable Modality modality, @Nullable Boolean running,
                              boolean exceptions, @Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth,
                              @Nullable String buyer) {

    public static final PlacementFilter ALL = new PlacementFilter(null, null, null, false);

    public PlacementFilter(@Nullable String text, @Nullable Modality modality, @Nullable Boolean running,
                           boolean exceptions) {
        this(text, modality, running, exceptions, null, null, null);
    }

    public PlacementFilter {
        if (firstMonth == null) {
            lastMonth = null;
        } else if (lastMonth != null && lastMonth.isBefore(firstMonth)) {
            lastMonth = firstMonth;
        }
        if (buyer != null && buyer.isBlank()) {
            buyer = null;
        }
    }

    /** The filter as the audit log keeps it: whether a text was searched, never the text. */
    public String auditDetail() {
        return "search=" + (text != null && !text.isBlank() ? "yes" : "no") + "; modality="
                + (modality == null ? "all" : modality.name()) + "; running=" + (running == null ? "all" : running)
                + "; exceptions=" + exceptions
                + (firstMonth == null ? "" : "; months=" + firstMonth + (lastMonth == null ? "" : ".." + lastMonth))
                + (buyer == null ? "" : "; buyer=" + buyer);
    }
}
