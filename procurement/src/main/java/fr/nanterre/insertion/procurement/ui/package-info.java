/** The procurement department's screens: contracts, their lots and clauses, the procurement plan, the trades. */
@NullMarked
package fr.nanterre.insertion.procurement.ui;

import org.jspecify.annotations.NullMarked;
