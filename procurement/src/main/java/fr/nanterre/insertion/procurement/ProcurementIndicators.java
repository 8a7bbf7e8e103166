package fr.nanterre.insertion.procurement;

import java.time.LocalDate;

/**
 * Pillar 2's figures for the dashboards: contracts hold no personal data, so these are open to administrators,
 * viewers and the procurement department.
 */
public interface ProcurementIndicators {

    /**
     * The figures of the period from {@code from} to {@code to}, both included; clauses are judged on {@code to}
     * (or on today when the period has not ended yet). Fresh: they count every change committed before the call
     * (and the calling transaction's own), read from totals the database keeps (decision 0030); the first call after
     * a change counts those totals again, about a second at the national scale, the next ones take milliseconds.
     */
    ProcurementFigures between(LocalDate from, LocalDate to);
}
