package fr.nanterre.insertion.partners;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pillar 1 over a period (see {@link PartnerIndicators}).
 *
 * @param structures             structures registered by the period's end
 * @param siaeSupported          SIAE (ACI, AI, EI, ETTI, EITI) granted a City grant for a year of the period
 * @param grantsGranted          the City's grants agreed for the years of the period, in euros
 * @param grantsPaid             what was paid of any grant during the period, in euros
 * @param siaeReportedHours      hours of insertion work the structures reported for the years of the period
 * @param participantsInPathways participants whose pathway was open on some day of the period
 * @param exits                  pathways exited during the period, by category (every category present)
 * @param bySex                  the participants in pathways by sex (adds up to {@code participantsInPathways})
 * @param byAgeBand              by age at the period's end (adds up to the total)
 * @param byResidence            by residence: QPV of Nanterre, rest of Nanterre, elsewhere (adds up to the total)
 * @param byCriterion            by eligibility criterion recorded by the period's end, by code: a participant may
 *                               meet several, so this one does not add up to the total
 */
public record PartnerFigures(long structures, long siaeSupported, BigDecimal grantsGranted, BigDecimal grantsPaid,
                             long siaeReportedHours,
                             long participantsInPathways, Map<OutcomeCategory, Long> exits, Map<Sex, Long> bySex,
                             Map<AgeBand, Long> byAgeBand, Map<Residence, Long> byResidence,
                             Map<String, Long> byCriterion) {

    public PartnerFigures {
        exits = Collections.unmodifiableMap(new LinkedHashMap<>(exits));
        bySex = Collections.unmodifiableMap(new LinkedHashMap<>(bySex));
        byAgeBand = Collections.unmodifiableMap(new LinkedHashMap<>(byAgeBand));
        byResidence = Collections.unmodifiableMap(new LinkedHashMap<>(byResidence));
        byCriterion = Collections.unmodifiableMap(new LinkedHashMap<>(byCriterion));
    }

    public long allExits() {
        return exits.values().stream().mapToLong(Long::longValue).sum();
    }
}
