package fr.nanterre.insertion.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hours validated so far on execution clauses, as the facilitators' ledger counts them (coefficients
 * applied): one event per change of the ledger (a statement validated, hours entered by hand), with the totals of
 * every clause that change touched. A 100,000-line statement touches thousands of clauses; one event keeps that
 * one row in the publication registry and one batch in procurement. Procurement owns this type so that
 * facilitation, downstream, can publish it without a cycle.
 *
 * @param countedAt when the totals were counted; a report older than the one procurement holds is ignored
 */
public record ClausesProgressed(Instant countedAt, List<ClauseTotals> clauses) {

    public ClausesProgressed {
        clauses = List.copyOf(clauses);
    }

    /**
     * @param realisedHours all validated hours counted on the clause since it started
     * @param people        how many different people worked them
     */
    public record ClauseTotals(UUID clauseId, BigDecimal realisedHours, int people,
                               Map<Modality, BigDecimal> hoursByModality) {

        public ClauseTotals {
            hoursByModality = Map.copyOf(hoursByModality);
        }
    }
}
