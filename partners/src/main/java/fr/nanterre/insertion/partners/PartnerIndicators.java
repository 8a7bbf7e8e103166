package fr.nanterre.insertion.partners;

import java.time.LocalDate;

/**
 * Pillar 1's figures for the dashboards, aggregates only (no name, no reference): open to administrators, viewers
 * and the employment department. Counts of people are exact here; hiding the small ones from viewers ("&lt; 5") is
 * the reader's job (platform's {@code SmallCounts}).
 *
 * <p>Fresh: the people's figures come from a read model that changes in the same transaction as every change of a
 * participant, a pathway or a criterion (decision 0031), so a call sees every committed change. One statement, a
 * few hundred rows read, whatever the number of participants.
 */
public interface PartnerIndicators {

    /** The figures of the period from {@code from} to {@code to}, both included. */
    PartnerFigures between(LocalDate from, LocalDate to);
}
