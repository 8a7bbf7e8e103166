/** The ledger of hours: monthly statements, hours entered by hand, and the hours that count on each clause. */
@NullMarked
package fr.nanterre.insertion.facilitation.ledger;

import org.jspecify.annotations.NullMarked;
