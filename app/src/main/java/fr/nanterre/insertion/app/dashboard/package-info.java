/**
 * The policy dashboard's figures: assembled from each module's indicators API, never from another module's tables.
 */
@NullMarked
package fr.nanterre.insertion.app.dashboard;

import org.jspecify.annotations.NullMarked;
