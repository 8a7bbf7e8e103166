package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;

import fr.nanterre.insertion.procurement.clause.HoursTarget;
import org.jspecify.annotations.Nullable;

/** A social award criterion: its weight among the award criteria, and what the awardee committed to. */
public record AwardCriterion(BigDecimal weightPercent, @Nullable String commitment) {

    public AwardCriterion {
        if (!HoursTarget.isPercent(weightPercent)) {
            throw new IllegalArgumentException("A criterion's weight is above 0 and at most 100 %");
        }
    }
}
