package fr.nanterre.insertion.facilitation.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    /** The grant is in euros and cents, below ten billion (the column's precision). */
    public static final BigDecimal GRANT_LIMIT = new BigDecimal("10000000000");

    /** @throws IllegalArgumentException when a figure breaks its rule */
    public AgreementTerms {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("An agreement's year is between 2000 and 2100: " + year);
        }
        if (!isGrant(grantAmount)) {
            throw new IllegalArgumentException("The grant is above 0 and below ten billion: " + grantAmount);
        }
        grantAmount = grantAmount.setScale(2, RoundingMode.HALF_UP);
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

    /** Whether the amount can be a grant, cents rounded. */
    public static boolean isGrant(@Nullable BigDecimal amount) {
        if (amount == null) {
            return false;
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return cents.signum() > 0 && cents.compareTo(GRANT_LIMIT) < 0;
    }
}
