/** Pillar 1's figures for the dashboards: set-based counts on partners' own tables. */
@NullMarked
package fr.nanterre.insertion.partners.indicators;

import org.jspecify.annotations.NullMarked;
