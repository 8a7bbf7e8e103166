/** Demonstration contracts, loaded when the demo profile is active. */
@NullMarked
package fr.nanterre.insertion.procurement.demo;

import org.jspecify.annotations.NullMarked;
