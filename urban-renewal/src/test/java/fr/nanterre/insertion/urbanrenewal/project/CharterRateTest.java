package fr.nanterre.insertion.urbanrenewal.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import fr.nanterre.insertion.procurement.clause.HoursTarget;
import org.junit.jupiter.api.Test;

/** The charter's worked numbers (DESIGN.md §2 and the urban-renewal issue). */
class CharterRateTest {

    private static final CharterSettings SETTINGS = new CharterSettings(BigDecimal.valueOf(5), BigDecimal.TEN);

    @Test
    void aMillionEuroLotAtHalfLabourAndThirtyEurosAnHourIsSixteenThousandSixHundredAndSixtySevenHoursOfWork() {
        HoursTarget inputs = HoursTarget.amountBased(new BigDecimal("1000000"), new BigDecimal("50"),
                new BigDecimal("30"), new BigDecimal("5"));
        assertThat(inputs.estimatedWorkHours()).isEqualTo(16_667);
        assertThat(HoursTarget.shareOfEstimatedHours(20_000, BigDecimal.TEN).estimatedWorkHours()).isEqualTo(20_000);
        assertThat(HoursTarget.fixed(500).estimatedWorkHours()).isNull();
    }

    @Test
    void worksAtTheProjectsFivePercentReserve833HoursAndLocalManagementAtTenPercent1667() {
        BigDecimal works = CharterRate.of(null, OperationCategory.WORKS, BigDecimal.valueOf(5), SETTINGS);
        BigDecimal gup = CharterRate.of(null, OperationCategory.LOCAL_MANAGEMENT, BigDecimal.valueOf(5), SETTINGS);
        assertThat(works).isEqualByComparingTo("5");
        assertThat(gup).isEqualByComparingTo("10");
        assertThat(CharterRate.target(works, 16_667)).isEqualTo(833);
        assertThat(CharterRate.target(gup, 16_667)).isEqualTo(1_667);
    }

    @Test
    void engineeringFollowsTheProjectAndARateSetForTheOperationWinsOverBoth() {
        assertThat(CharterRate.of(null, OperationCategory.ENGINEERING, new BigDecimal("7.5"), SETTINGS))
                .isEqualByComparingTo("7.5");
        assertThat(CharterRate.of(new BigDecimal("8"), OperationCategory.LOCAL_MANAGEMENT, BigDecimal.valueOf(5),
                SETTINGS)).isEqualByComparingTo("8");
        // 8 % of 12,345 h = 987.6 h
        assertThat(CharterRate.target(new BigDecimal("8"), 12_345)).isEqualTo(988);
    }

    @Test
    void aRateIsAboveZeroAndAtMostAHundredPercent() {
        assertThat(CharterRate.isRate(BigDecimal.ZERO)).isFalse();
        assertThat(CharterRate.isRate(new BigDecimal("100.01"))).isFalse();
        assertThat(CharterRate.isRate(new BigDecimal("0.5"))).isTrue();
        assertThat(CharterRate.isRate(BigDecimal.valueOf(100))).isTrue();
    }
}
