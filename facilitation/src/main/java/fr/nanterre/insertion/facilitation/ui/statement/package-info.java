/** Facilitation's statements screen: importing the employers' monthly statements, then checking them. */
@NullMarked
package fr.nanterre.insertion.facilitation.ui.statement;

import org.jspecify.annotations.NullMarked;
