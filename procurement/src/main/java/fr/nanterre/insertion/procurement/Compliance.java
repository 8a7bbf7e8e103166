package fr.nanterre.insertion.procurement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The compliance of an execution clause on a given day (part of the API: facilitation and the dashboards judge
 * clauses the same way): realised hours against the target, and against the
 * share of the contract's duration that has elapsed since its notification.
 *
 * @param closedOn the day the contract was closed, or null while it runs
 */
public record Compliance(int targetHours, BigDecimal realisedHours, LocalDate startedOn, int durationMonths,
                         @Nullable LocalDate closedOn) {

    /** Between 0 and 1: how much of the contract's duration has passed on {@code day}. */
    public BigDecimal elapsedShare(LocalDate day) {
        return elapsedShare(startedOn, startedOn.plusMonths(durationMonths), day);
    }

    /** Between 0 and 1: how much of the time from {@code start} to {@code end} has passed on {@code day}. */
    public static BigDecimal elapsedShare(LocalDate start, LocalDate end, LocalDate day) {
        if (!day.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        if (!day.isBefore(end)) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, day))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), MathContext.DECIMAL64);
    }

    public ComplianceStatus statusOn(LocalDate day) {
        BigDecimal target = BigDecimal.valueOf(targetHours);
        BigDecimal elapsed = elapsedShare(day);
        return ComplianceStatus.judge(target, realisedHours, target.multiply(elapsed), elapsed.signum() > 0,
                closedOn != null && !day.isBefore(closedOn));
    }

    /** Realised ÷ target, in percent (100 when the target is 0). */
    public BigDecimal percentOfTarget() {
        if (targetHours == 0) {
            return BigDecimal.valueOf(100);
        }
        return realisedHours.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(targetHours), MathContext.DECIMAL64);
    }

    /** The missing hours × the penalty per missing hour stated in the contract; zero once the target is met. */
    public BigDecimal penalty(BigDecimal penaltyPerMissingHour) {
        BigDecimal missing = BigDecimal.valueOf(targetHours).subtract(realisedHours);
        return missing.signum() <= 0 ? BigDecimal.ZERO : missing.multiply(penaltyPerMissingHour);
    }
}
