/**
 * Pillar 2: public contracts and their social considerations (execution clauses with an insertion-hours target,
 * social award criteria, contracts reserved to SIAE or to EA/ESAT), targets, compliance and the DECP format.
 * This package is the module's API; everything below it is internal.
 */
@ApplicationModule(displayName = "Procurement", allowedDependencies = {"partners"})
@NullMarked
package fr.nanterre.insertion.procurement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
