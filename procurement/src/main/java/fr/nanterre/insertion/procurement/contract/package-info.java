/** The contracts and their lots, with their social considerations: planned, awarded, closed, and how their clauses stand. */
@NullMarked
package fr.nanterre.insertion.procurement.contract;

import org.jspecify.annotations.NullMarked;
