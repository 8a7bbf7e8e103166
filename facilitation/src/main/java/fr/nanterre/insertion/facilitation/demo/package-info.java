/** The demo profile's facilitation data. */
@NullMarked
package fr.nanterre.insertion.facilitation.demo;

import org.jspecify.annotations.NullMarked;
