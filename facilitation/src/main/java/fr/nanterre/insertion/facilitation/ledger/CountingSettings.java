package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import fr.nanterre.insertion.procurement.Modality;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hours count: each modality's coefficient ({@code insertion.facilitation.coefficients.PROVISION=1.0}, 1.0
 * when not set), and the most hours a statement may declare for one person in one month (220 by default).
 */
@ConfigurationProperties("insertion.facilitation")
public record CountingSettings(Map<Modality, BigDecimal> coefficients,
                               @DefaultValue("220") BigDecimal maxMonthlyHours) {

    public CountingSettings {
        Map<Modality, BigDecimal> complete = new EnumMap<>(Modality.class);
        for (Modality modality : Modality.values()) {
            complete.put(modality, coefficients == null ? BigDecimal.ONE
                    : coefficients.getOrDefault(modality, BigDecimal.ONE));
        }
        coefficients = Map.copyOf(complete);
    }

    public BigDecimal coefficient(Modality modality) {
        return coefficients.get(modality);
    }
}
