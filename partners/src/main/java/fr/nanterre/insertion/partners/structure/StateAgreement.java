package fr.nanterre.insertion.partners.structure;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The State's agreement (conventionnement) of an SIAE: the insertion posts it approved, in full-time
 * equivalents, and the dates between which it holds.
 */
public record StateAgreement(@Nullable BigDecimal postsFte, @Nullable LocalDate validFrom,
                             @Nullable LocalDate validTo) {

    static final StateAgreement NONE = new StateAgreement(null, null, null);

    public StateAgreement {
        if (postsFte != null && postsFte.signum() < 0) {
            throw new IllegalArgumentException("The approved posts cannot be negative: " + postsFte);
        }
        if (!datesInOrder(validFrom, validTo)) {
            throw new IllegalArgumentException("The agreement ends before it starts: " + validFrom + " > " + validTo);
        }
    }

    public static boolean datesInOrder(@Nullable LocalDate from, @Nullable LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    boolean hasDates() {
        return validFrom != null || validTo != null;
    }

    boolean holdsOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
