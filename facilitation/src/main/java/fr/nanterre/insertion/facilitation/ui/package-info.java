/** Facilitation's screens. */
@NullMarked
package fr.nanterre.insertion.facilitation.ui;

import org.jspecify.annotations.NullMarked;
