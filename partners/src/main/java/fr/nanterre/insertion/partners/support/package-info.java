/** The City's support to the structures: grants and their payments, yearly objectives against results. */
@NullMarked
package fr.nanterre.insertion.partners.support;

import org.jspecify.annotations.NullMarked;
