/** The clauses facilitation follows, learnt from procurement's awarded contracts. */
@NullMarked
package fr.nanterre.insertion.facilitation.clause;

import org.jspecify.annotations.NullMarked;
