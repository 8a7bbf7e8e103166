/** Facilitation's placements screen: the list, a placement's file and its form with the clause shares. */
@NullMarked
package fr.nanterre.insertion.facilitation.ui.placement;

import org.jspecify.annotations.NullMarked;
