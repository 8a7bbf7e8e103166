package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.time.Period;

/** The age bands of the policy's statistics: under 26, 26 to 49, 50 and over (on a given day). */
public enum AgeBand {
    UNDER_26,
    FROM_26_TO_49,
    FROM_50;

    public static AgeBand on(LocalDate day, LocalDate birthDate) {
        int age = Period.between(birthDate, day).getYears();
        if (age < 26) {
            return UNDER_26;
        }
        return age < 50 ? FROM_26_TO_49 : FROM_50;
    }
}
