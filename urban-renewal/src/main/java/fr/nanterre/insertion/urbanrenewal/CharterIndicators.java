package fr.nanterre.insertion.urbanrenewal;

import java.util.List;

/**
 * Pillar 3's figures for the dashboards: the charter's progress per project and per project owner, aggregates only
 * (open to administrators, viewers and the urban-renewal department).
 */
public interface CharterIndicators {

    /** Each project's line, followed by its owners' lines, projects by name; judged at the year's end (or today). */
    List<CharterLine> progress(int year);
}
