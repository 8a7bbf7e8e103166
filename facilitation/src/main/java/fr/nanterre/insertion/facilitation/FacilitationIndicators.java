package fr.nanterre.insertion.facilitation;

import java.time.LocalDate;

/**
 * Pillar 4's figures for the dashboards, from the facilitators' ledger: the hours counted on the clauses, the people
 * who worked them and their contracts of employment, aggregates only (no name, no reference). Open to
 * administrators, viewers and the facilitators. Counts of people are exact here; hiding the small ones from viewers
 * is the reader's job (platform's {@code SmallCounts}).
 *
 * <p>Fresh: the figures are read from a read model that every change of the ledger moves in its own transaction
 * (hours entered, a statement validated, a placement placed or revised, a clause followed), and that the listeners of
 * partners' events move when they run (a participant anonymised or exited, usually within a second of the change in
 * partners). A change is counted as soon as it is committed.
 */
public interface FacilitationIndicators {

    /** What was worked in the months from {@code from}'s to {@code to}'s, both included. */
    WorkFigures between(LocalDate from, LocalDate to);

    /**
     * Counts the whole ledger again into the read model, for data written outside facilitation's services (a bulk
     * load, a restore, a test's fixture written in SQL). Administrators only; the figures are the same before and
     * after when nothing was written that way.
     */
    void rebuild();
}
