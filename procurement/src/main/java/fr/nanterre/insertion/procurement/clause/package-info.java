/** Execution clauses' insertion-hours targets (the calculator and the trades' labour shares) and how far each clause has got. */
@NullMarked
package fr.nanterre.insertion.procurement.clause;

import org.jspecify.annotations.NullMarked;
