package fr.nanterre.insertion.procurement.clause;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A trade and the share of labour in its amounts (painting about 70 %, masonry 50 %, steel framing 20 %). */
@Table(schema = "procurement", name = "trade")
public record Trade(@Id String code, String labelFr, String labelEn, BigDecimal labourSharePercent,
                    @Version @Nullable Long version) {

    public Trade {
        if (!HoursTarget.isPercent(labourSharePercent)) {
            throw new IllegalArgumentException("A labour share is above 0 and at most 100 %");
        }
    }

    public String label(Locale locale) {
        return locale.getLanguage().equals("en") ? labelEn : labelFr;
    }

    Trade withLabourShare(BigDecimal percent) {
        return new Trade(code, labelFr, labelEn, percent, version);
    }
}
