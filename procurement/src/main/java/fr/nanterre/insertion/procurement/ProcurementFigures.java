package fr.nanterre.insertion.procurement;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pillar 2 over a period (see {@link ProcurementIndicators}).
 *
 * @param contractsWithSocialConsideration contracts notified in the period with a lot that has an execution clause,
 *                                         a social award criterion, a reservation or is an insertion contract
 * @param companies                        distinct awardees (by SIRET) of those contracts' lots with a consideration
 * @param byBuyer                          the execution clauses of the contracts running in the period, by buyer:
 *                                         target and realised hours (realised so far), most targeted first
 * @param statuses                         the same clauses by compliance status (every status present)
 * @param penaltiesAtStake                 missing hours × penalty per hour of the clauses behind or failed, in euros
 */
public record ProcurementFigures(long contractsWithSocialConsideration, long companies, List<BuyerHours> byBuyer,
                                 Map<ComplianceStatus, Long> statuses, BigDecimal penaltiesAtStake) {

    /** One buyer's clauses. */
    public record BuyerHours(String buyer, long clauses, long targetHours, BigDecimal realisedHours) {
    }

    public ProcurementFigures {
        byBuyer = List.copyOf(byBuyer);
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    }

    public long clauses() {
        return statuses.values().stream().mapToLong(Long::longValue).sum();
    }

    public long targetHours() {
        return byBuyer.stream().mapToLong(BuyerHours::targetHours).sum();
    }

    public BigDecimal realisedHours() {
        return byBuyer.stream().map(BuyerHours::realisedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
