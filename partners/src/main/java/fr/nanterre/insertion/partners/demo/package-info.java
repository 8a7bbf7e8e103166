/** Demonstration data for the partners module, loaded on the demo profile only. */
@NullMarked
package fr.nanterre.insertion.partners.demo;

import org.jspecify.annotations.NullMarked;
