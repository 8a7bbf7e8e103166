/** The audit log of who read or changed a participant's file, and its reading by administrators. */
@NullMarked
package fr.nanterre.insertion.partners.audit;

import org.jspecify.annotations.NullMarked;
