package fr.nanterre.insertion.facilitation.placement;

import java.time.YearMonth;

/** A placement cannot end before a month in which the ledger already holds hours for it. */
public class HoursOutsideException extends RuntimeException {

    private final YearMonth lastMonthWithHours;

    HoursOutsideException(YearMonth lastMonthWithHours) {
        super("Hours are recorded up to " + lastMonthWithHours);
        this.lastMonthWithHours = lastMonthWithHours;
    }

    public YearMonth lastMonthWithHours() {
        return lastMonthWithHours;
    }
}
