/** The facilitators' screen of the companies' portal accounts. */
@NullMarked
package fr.nanterre.insertion.facilitation.ui.company;

import org.jspecify.annotations.NullMarked;
