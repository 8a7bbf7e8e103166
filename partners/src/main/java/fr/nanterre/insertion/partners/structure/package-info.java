/** The partner structures: their register, details, contacts, activity, and the import of a spreadsheet of them. */
@NullMarked
package fr.nanterre.insertion.partners.structure;

import org.jspecify.annotations.NullMarked;
