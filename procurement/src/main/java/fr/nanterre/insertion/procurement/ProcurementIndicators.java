package fr.nanterre.insertion.procurement;

import java.time.LocalDate;

/**
 * Pillar 2's figures for the dashboards: contracts hold no personal data, so these are open to administrators,
 * viewers and the procurement department.
 */
public interface ProcurementIndicators {

    /**
     * The figures of the period from {@code from} to {@code to}, both included; clauses are judged on {@code to}
     * (or on today when the period has not ended yet).
     */
    ProcurementFigures between(LocalDate from, LocalDate to);
}
