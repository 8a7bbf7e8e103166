/**
 * The companies' portal screens: the company's home (its clauses, the people placed with it), its hours of the
 * month typed online or uploaded, its statements; and the public page that sets a password from the e-mailed link.
 * Made to work on a phone (390 px wide).
 */
@NullMarked
package fr.nanterre.insertion.facilitation.ui.portal;

import org.jspecify.annotations.NullMarked;
