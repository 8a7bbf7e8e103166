/** What a facilitator has to look at today. */
@NullMarked
package fr.nanterre.insertion.facilitation.agenda;

import org.jspecify.annotations.NullMarked;
