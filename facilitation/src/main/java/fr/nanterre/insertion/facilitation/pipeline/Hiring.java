package fr.nanterre.insertion.facilitation.pipeline;

import java.time.LocalDate;

import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.procurement.Modality;
import org.jspecify.annotations.Nullable;

/**
 * What a facilitator chooses when a candidate is hired: it becomes the placement.
 *
 * @param contractType  the employment contract of a direct hire; none for the other modalities
 * @param justification why a participant who is not eligible on the start date is hired all the same
 */
public record Hiring(Modality modality, @Nullable ContractType contractType, LocalDate startDate,
                     @Nullable LocalDate endDate, @Nullable String justification) {

    public Hiring {
        if (modality == Modality.DIRECT_HIRE && contractType == null) {
            throw new IllegalArgumentException("A direct hire names its employment contract");
        }
        contractType = modality == Modality.DIRECT_HIRE ? contractType : null;
    }
}
