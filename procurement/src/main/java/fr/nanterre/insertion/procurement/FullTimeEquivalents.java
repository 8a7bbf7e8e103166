package fr.nanterre.insertion.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Full-time equivalents (ETP): hours ÷ the legal yearly working time, 1,607 h. The divisor is a setting
 * ({@code insertion.indicators.hours-per-etp}) because the national network's consolidation uses about 1,600.
 */
@ConfigurationProperties("insertion.indicators")
public record FullTimeEquivalents(@DefaultValue("1607") BigDecimal hoursPerEtp) {

    public FullTimeEquivalents {
        if (hoursPerEtp == null || hoursPerEtp.signum() <= 0) {
            throw new IllegalArgumentException("insertion.indicators.hours-per-etp is above 0");
        }
    }

    /** ETP to two decimals: 833 h ÷ 1,607 = 0.52. */
    public BigDecimal of(BigDecimal hours) {
        return hours.divide(hoursPerEtp, 2, RoundingMode.HALF_UP);
    }
}
