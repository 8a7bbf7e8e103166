package fr.nanterre.insertion.partners;

import java.time.LocalDate;

/**
 * Pillar 1's figures for the dashboards, aggregates only (no name, no reference): open to administrators, viewers
 * and the employment department. Counts of people are exact here; hiding the small ones from viewers ("&lt; 5") is
 * the reader's job (platform's {@code SmallCounts}).
 */
public interface PartnerIndicators {

    /** The figures of the period from {@code from} to {@code to}, both included. */
    PartnerFigures between(LocalDate from, LocalDate to);
}
