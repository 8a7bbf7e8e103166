/** The placements of participants on clauses, with their eligibility decision. */
@NullMarked
package fr.nanterre.insertion.facilitation.placement;

import org.jspecify.annotations.NullMarked;
