/** Pillar 2's figures for the dashboards: set-based reads of procurement's own tables. */
@NullMarked
package fr.nanterre.insertion.procurement.indicators;

import org.jspecify.annotations.NullMarked;
