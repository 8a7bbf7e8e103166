/** The MEF's yearly funding agreements with the City and their yearly report. */
@NullMarked
package fr.nanterre.insertion.facilitation.agreement;

import org.jspecify.annotations.NullMarked;
