package fr.nanterre.insertion.facilitation.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the City and the MEF agree for a year: the grant, the date it was signed, and the objectives the yearly
 * report measures (hours worked, people in work, "sorties dynamiques").
 */
public record AgreementTerms(int year, BigDecimal grantAmount, LocalDate signedOn, int objectiveHours,
                             int objectivePeople, int objectiveExits, @Nullable String comments) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int COMMENTS_LENGTH = 2000;

    /** @throws IllegalArgumentException when a figure breaks its rule */
    public AgreementTerms {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("An agreement's year is between 2000 and 2100: " + year);
        }
        if (grantAmount == null || grantAmount.signum() <= 0) {
            throw new IllegalArgumentException("The grant is above 0: " + grantAmount);
        }
        if (signedOn == null) {
            throw new IllegalArgumentException("An agreement is signed on a date");
        }
        if (objectiveHours < 0 || objectivePeople < 0 || objectiveExits < 0) {
            throw new IllegalArgumentException("Objectives are not negative");
        }
        comments = comments == null || comments.isBlank() ? null : comments.strip();
        if (comments != null && comments.length() > COMMENTS_LENGTH) {
            throw new IllegalArgumentException("Comments are at most " + COMMENTS_LENGTH + " characters");
        }
    }
}
