/** Facilitation's MEF agreement screen: the yearly agreements and their report. */
@NullMarked
package fr.nanterre.insertion.facilitation.ui.agreement;

import org.jspecify.annotations.NullMarked;
