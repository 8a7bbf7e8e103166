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
                    @Version @Nullable Long version, String cpvPrefixes) {

    public Trade {
        if (!HoursTarget.isPercent(labourSharePercent)) {
            throw new IllegalArgumentException("A labour share is above 0 and at most 100 %");
        }
    }

    public String label(Locale locale) {
        return locale.getLanguage().equals("en") ? labelEn : labelFr;
    }

    /**
     * How closely the trade covers a CPV code: the length of its longest CPV family that is a prefix of the code
     * ("45442" covers "45442100" by 5), 0 when none is.
     */
    public int covers(@Nullable String cpvCode) {
        if (cpvCode == null || cpvPrefixes == null) {
            return 0;
        }
        return java.util.Arrays.stream(cpvPrefixes.split("\\s+")).filter(p -> !p.isBlank() && cpvCode.startsWith(p))
                .mapToInt(String::length).max().orElse(0);
    }

    Trade withLabourShare(BigDecimal percent) {
        return new Trade(code, labelFr, labelEn, percent, version, cpvPrefixes);
    }
}
