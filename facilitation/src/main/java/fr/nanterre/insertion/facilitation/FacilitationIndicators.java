package fr.nanterre.insertion.facilitation;

import java.time.LocalDate;

/**
 * Pillar 4's figures for the dashboards, from the facilitators' ledger: the hours counted on the clauses, the people
 * who worked them and their contracts of employment, aggregates only (no name, no reference). Open to
 * administrators, viewers and the facilitators. Counts of people are exact here; hiding the small ones from viewers
 * is the reader's job (platform's {@code SmallCounts}).
 */
public interface FacilitationIndicators {

    /** What was worked in the months from {@code from}'s to {@code to}'s, both included. */
    WorkFigures between(LocalDate from, LocalDate to);
}
