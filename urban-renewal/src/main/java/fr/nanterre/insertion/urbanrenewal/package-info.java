/**
 * Pillar 3: the local insertion charter of the urban-renewal projects (PRUS Université, PRUS Petit Nanterre):
 * operations by project owner and their reserved-hours targets.
 * This package is the module's API; everything below it is internal.
 */
@ApplicationModule(displayName = "Urban renewal", allowedDependencies = {"partners", "procurement"})
@NullMarked
package fr.nanterre.insertion.urbanrenewal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
