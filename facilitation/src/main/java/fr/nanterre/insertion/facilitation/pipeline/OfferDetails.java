package fr.nanterre.insertion.facilitation.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a facilitator enters to open or edit a job offer.
 *
 * @param employerSiret prefilled with the clause's awardee; an ETTI, a GEIQ or an SIAE may hire instead
 * @param endDate       none for an open-ended contract (CDI)
 * @param positions     how many people the offer hires
 */
public record OfferDetails(UUID clauseId, String employerSiret, String employerName, String postTitle,
                           BigDecimal hoursPerWeek, LocalDate startDate, @Nullable LocalDate endDate, int positions) {

    /** The most a week's work may last (Code du travail, L3121-20). */
    public static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(48);

    public static boolean hoursPerWeekAllowed(@Nullable BigDecimal hours) {
        return hours != null && hours.signum() > 0 && hours.compareTo(MAX_HOURS_PER_WEEK) <= 0;
    }

    public static boolean datesInOrder(@Nullable LocalDate start, @Nullable LocalDate end) {
        return start == null || end == null || !end.isBefore(start);
    }
}
