package fr.nanterre.insertion.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import fr.nanterre.insertion.procurement.FullTimeEquivalents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Full-time equivalents and changes, with the worked numbers of the national consolidation. */
class PolicyFiguresTest {

    private static BigDecimal hoursPerEtp(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("insertion.indicators", FullTimeEquivalents.class).hoursPerEtp();
    }

    @Test
    void withTheSettingAt1600TheNationalYearIs15703Etp() {
        BigDecimal perEtp = hoursPerEtp(Map.of("insertion.indicators.hours-per-etp", "1600"));

        assertThat(PolicyFigures.etp(new BigDecimal("25124684"), perEtp)).as("25,124,684 h ÷ 1,600 = 15,702.9")
                .isEqualByComparingTo("15703");
    }

    @Test
    void byDefault1607HoursAreOneEtp() {
        BigDecimal perEtp = hoursPerEtp(Map.of());

        assertThat(perEtp).isEqualByComparingTo("1607");
        assertThat(PolicyFigures.etp(new BigDecimal("1607"), perEtp)).isEqualByComparingTo("1");
        assertThat(PolicyFigures.etp(new BigDecimal("803"), perEtp)).as("0.4997 rounds to 0").isEqualByComparingTo("0");
    }

    @Test
    void theChangeFromAYearEarlierInPercentToOneDecimal() {
        assertThat(PolicyFigures.change(new BigDecimal("1607"), new BigDecimal("803.5"))).isEqualByComparingTo("100.0");
        assertThat(PolicyFigures.change(new BigDecimal("90"), new BigDecimal("120"))).isEqualByComparingTo("-25.0");
        assertThat(PolicyFigures.change(BigDecimal.TEN, BigDecimal.ZERO)).as("nothing before").isNull();
    }
}
