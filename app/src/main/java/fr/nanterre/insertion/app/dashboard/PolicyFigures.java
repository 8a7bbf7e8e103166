package fr.nanterre.insertion.app.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;

import fr.nanterre.insertion.facilitation.WorkFigures;
import org.jspecify.annotations.Nullable;

/**
 * The policy dashboard's figures: a period's pillars, the same period a year earlier, and the work since a start
 * year ("600 missions since 2009").
 *
 * @param hoursPerEtp the ETP setting ({@code insertion.indicators.hours-per-etp}, 1,607 h by default)
 */
public record PolicyFigures(LocalDate from, LocalDate to, Pillars current, Pillars previous, BigDecimal hoursPerEtp,
                            int sinceYear, WorkFigures since) {

    /** Full-time equivalents, whole: 25,124,684 h ÷ 1,600 = 15,703; 1,607 h = 1 with the default setting. */
    public static BigDecimal etp(BigDecimal hours, BigDecimal hoursPerEtp) {
        return hours.divide(hoursPerEtp, 0, RoundingMode.HALF_UP);
    }

    public BigDecimal etp(BigDecimal hours) {
        return etp(hours, hoursPerEtp);
    }

    /** The change from {@code before} to {@code now} in percent, to one decimal; null when there was nothing before. */
    public static @Nullable BigDecimal change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }

    /** The hours worked each year since the start year (the months of the last one up to the period's end). */
    public Map<Year, BigDecimal> hoursByYear() {
        Map<Year, BigDecimal> years = new TreeMap<>();
        since.hoursByMonth().forEach((month, hours) -> years.merge(Year.of(month.getYear()), hours, BigDecimal::add));
        return years;
    }
}
