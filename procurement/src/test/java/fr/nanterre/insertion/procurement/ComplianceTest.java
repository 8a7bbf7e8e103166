package fr.nanterre.insertion.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A 12-month contract notified on 1 January 2026 with a clause of 1,000 hours, seen on various days. */
class ComplianceTest {

    private static final LocalDate NOTIFIED = LocalDate.of(2026, 1, 1);

    private static Compliance realised(String hours) {
        return new Compliance(1000, new BigDecimal(hours), NOTIFIED, 12, null);
    }

    @Test
    void beforeAnyHourAndBeforeTheContractBeginsTheClauseIsNotStarted() {
        assertThat(realised("0").statusOn(LocalDate.of(2025, 12, 15))).isEqualTo(ComplianceStatus.NOT_STARTED);
        assertThat(realised("0").statusOn(NOTIFIED)).isEqualTo(ComplianceStatus.NOT_STARTED);
    }

    @Test
    void behindMeansLessThanTheTargetTimesTheElapsedShareOfTheDuration() {
        LocalDate midYear = LocalDate.of(2026, 7, 2); // 182 of 365 days: 49.86 % elapsed, 498.6 h expected
        assertThat(realised("0").elapsedShare(midYear)).isEqualByComparingTo(new BigDecimal("182")
                .divide(new BigDecimal("365"), java.math.MathContext.DECIMAL64));
        assertThat(realised("498").statusOn(midYear)).isEqualTo(ComplianceStatus.BEHIND);
        assertThat(realised("499").statusOn(midYear)).isEqualTo(ComplianceStatus.ON_TRACK);
        assertThat(realised("0").statusOn(midYear)).isEqualTo(ComplianceStatus.BEHIND);
    }

    @Test
    void theTargetReachedIsAchievedEvenBeforeTheEnd() {
        assertThat(realised("1000").statusOn(LocalDate.of(2026, 3, 1))).isEqualTo(ComplianceStatus.ACHIEVED);
        assertThat(realised("1000").percentOfTarget()).isEqualByComparingTo("100");
    }

    @Test
    void aContractClosedUnderItsTargetHasFailedAndOwesThePenaltyOnTheMissingHours() {
        Compliance closed = new Compliance(1000, new BigDecimal("870.5"), NOTIFIED, 12, LocalDate.of(2027, 1, 10));
        assertThat(closed.statusOn(LocalDate.of(2027, 1, 10))).isEqualTo(ComplianceStatus.FAILED);
        assertThat(closed.statusOn(LocalDate.of(2026, 12, 1))).as("before closure it was only behind")
                .isEqualTo(ComplianceStatus.BEHIND);
        // 129.5 missing hours × 45 € = 5,827.50 €
        assertThat(closed.penalty(new BigDecimal("45"))).isEqualByComparingTo("5827.50");
        assertThat(new Compliance(1000, new BigDecimal("1010"), NOTIFIED, 12, LocalDate.of(2027, 1, 10))
                .penalty(new BigDecimal("45"))).isEqualByComparingTo("0");
    }
}
