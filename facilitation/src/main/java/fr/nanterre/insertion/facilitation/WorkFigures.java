package fr.nanterre.insertion.facilitation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.procurement.Modality;

/**
 * Pillar 4 over a period (see {@link FacilitationIndicators}). Hours are the ledger's counted hours (entered by
 * hand, or from a validated statement) × their modality's coefficient; every hour breakdown adds up to {@code hours},
 * every breakdown of people to {@code people}, except {@code peopleByCriterion} (a person may meet several).
 *
 * @param people         participants with more than 0 h counted in the period
 * @param missions       contracts of employment (placements) with more than 0 h counted in the period
 * @param hoursByMonth   every month of the period, in order
 * @param hoursByBuyer   by the buyer of the clause the hours were shared to, most hours first; hours of a placement
 *                       not shared to any clause under the key {@link #NO_CLAUSE}
 * @param peopleBySex    by the profile the person's latest placement of the period kept at its start; {@link #UNKNOWN}
 *                       for a placement started before profiles were kept (likewise by age band and by residence)
 * @param exits          exits in the period of participants placed before, by category (every category present)
 */
public record WorkFigures(BigDecimal hours, long people, long missions, Map<YearMonth, BigDecimal> hoursByMonth,
                          Map<Modality, BigDecimal> hoursByModality, Map<String, BigDecimal> hoursByBuyer,
                          Map<String, Long> peopleBySex, Map<String, Long> peopleByAgeBand,
                          Map<String, Long> peopleByResidence, Map<String, Long> peopleByCriterion,
                          Map<OutcomeCategory, Long> exits) {

    public static final String UNKNOWN = "UNKNOWN";
    public static final String NO_CLAUSE = "";

    public WorkFigures {
        hoursByMonth = ordered(hoursByMonth);
        hoursByModality = ordered(hoursByModality);
        hoursByBuyer = ordered(hoursByBuyer);
        peopleBySex = ordered(peopleBySex);
        peopleByAgeBand = ordered(peopleByAgeBand);
        peopleByResidence = ordered(peopleByResidence);
        peopleByCriterion = ordered(peopleByCriterion);
        exits = ordered(exits);
    }

    public long allExits() {
        return exits.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
