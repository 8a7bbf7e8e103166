package fr.nanterre.insertion.procurement.clause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class HoursTargetTest {

    @Test
    void theUsualMethodGives833HoursForAMillionEurosAtHalfLabourThirtyEurosAndFivePercent() {
        // 1,000,000 × 50 % = 500,000 € of labour; ÷ 30 €/h = 16,666.67 h; × 5 % = 833.33 h
        assertThat(HoursTarget.amountBased(new BigDecimal("1000000"), new BigDecimal("50"), new BigDecimal("30"),
                new BigDecimal("5")).hours()).isEqualTo(833);
    }

    @Test
    void theTargetIsRoundedToTheNearestWholeHour() {
        // 100,000 × 70 % ÷ 28 × 7 % = 175.0 h exactly
        assertThat(HoursTarget.amountBased(new BigDecimal("100000"), new BigDecimal("70"), new BigDecimal("28"),
                new BigDecimal("7")).hours()).isEqualTo(175);
        // 250,000 × 20 % ÷ 27 × 10 % = 185.185… h → 185
        assertThat(HoursTarget.amountBased(new BigDecimal("250000"), new BigDecimal("20"), new BigDecimal("27"),
                new BigDecimal("10")).hours()).isEqualTo(185);
        // 9,000 × 50 % ÷ 30 × 5 % = 7.5 h → 8 (a half rounds up)
        assertThat(HoursTarget.amountBased(new BigDecimal("9000"), new BigDecimal("50"), new BigDecimal("30"),
                new BigDecimal("5")).hours()).isEqualTo(8);
    }

    @Test
    void theOtherMethodsAreAFixedNumberOrAShareOfTheEstimatedHours() {
        assertThat(HoursTarget.fixed(1200).hours()).isEqualTo(1200);
        // 14,300 estimated hours × 7 % = 1,001 h
        assertThat(HoursTarget.shareOfEstimatedHours(14300, new BigDecimal("7")).hours()).isEqualTo(1001);
    }

    @Test
    void badInputsAreRefusedNamingTheirField() {
        assertThatThrownBy(() -> HoursTarget.amountBased(new BigDecimal("-1"), new BigDecimal("50"),
                new BigDecimal("30"), new BigDecimal("5")))
                .isInstanceOfSatisfying(InvalidTargetException.class, e -> assertThat(e.field()).isEqualTo("amountExclTax"));
        assertThatThrownBy(() -> HoursTarget.amountBased(new BigDecimal("1000"), new BigDecimal("50"),
                new BigDecimal("30"), new BigDecimal("100.5")))
                .isInstanceOfSatisfying(InvalidTargetException.class, e -> assertThat(e.field()).isEqualTo("ratePercent"));
        assertThatThrownBy(() -> HoursTarget.amountBased(new BigDecimal("1000"), new BigDecimal("50"),
                BigDecimal.ZERO, new BigDecimal("5")))
                .isInstanceOfSatisfying(InvalidTargetException.class, e -> assertThat(e.field()).isEqualTo("hourlyCost"));
        assertThatThrownBy(() -> HoursTarget.fixed(-3)).isInstanceOf(InvalidTargetException.class);
        assertThatThrownBy(() -> HoursTarget.shareOfEstimatedHours(0, BigDecimal.TEN))
                .isInstanceOf(InvalidTargetException.class);
    }
}
