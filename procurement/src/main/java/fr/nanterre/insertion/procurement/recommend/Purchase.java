package fr.nanterre.insertion.procurement.recommend;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.CpvCode;
import org.jspecify.annotations.Nullable;

/**
 * A planned purchase of the procurement plan, as the recommender reads it.
 *
 * @param place where it is carried out (a commune, a site): said back in the recommendation
 */
public record Purchase(@Nullable String cpvCode, @Nullable BigDecimal amountExclTax, @Nullable Integer durationMonths,
                       @Nullable String place) {

    /** The field of a purchase and the message key of what is wrong with it. */
    public static final String CPV = "cpvCode";
    public static final String AMOUNT = "amountExclTax";
    public static final String DURATION = "durationMonths";

    /** A planned contract of the plan as a purchase; the place is the City's unless said otherwise. */
    public static Purchase of(Contract planned, @Nullable String place) {
        return new Purchase(planned.details().cpvCode(), planned.amountExclTax(), planned.durationMonths(), place);
    }

    /**
     * What is wrong, field by field (message keys): a CPV code that does not exist, an amount or a duration of 0.
     * Empty when the purchase can be recommended on.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (cpvCode == null || cpvCode.isBlank()) {
            problems.put(CPV, "procurement.recommend.cpv.required");
        } else if (!CpvCode.isKnown(cpvCode)) {
            problems.put(CPV, "procurement.recommend.cpv.unknown");
        }
        if (amountExclTax == null || amountExclTax.signum() <= 0) {
            problems.put(AMOUNT, "procurement.recommend.amount.positive");
        }
        if (durationMonths == null || durationMonths < 1) {
            problems.put(DURATION, "procurement.recommend.duration.positive");
        }
        return problems;
    }
}
