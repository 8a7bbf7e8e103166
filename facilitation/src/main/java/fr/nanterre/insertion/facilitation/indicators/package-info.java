/** Pillar 4's figures for the dashboards: set-based reads of the ledger and the placements. */
@NullMarked
package fr.nanterre.insertion.facilitation.indicators;

import org.jspecify.annotations.NullMarked;
