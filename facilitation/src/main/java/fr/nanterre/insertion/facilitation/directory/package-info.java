/** The facilitators' directory of referral structures, learnt from partners. */
@NullMarked
package fr.nanterre.insertion.facilitation.directory;

import org.jspecify.annotations.NullMarked;
