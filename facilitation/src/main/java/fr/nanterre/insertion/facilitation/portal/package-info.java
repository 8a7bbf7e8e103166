/**
 * The companies' portal: what a company account sees (its clauses, the people placed with it, its statements),
 * always scoped on the SIRETs of the logged-in account, the hours it enters online, and the reminders and
 * notices it is e-mailed.
 */
@NullMarked
package fr.nanterre.insertion.facilitation.portal;

import org.jspecify.annotations.NullMarked;
