/**
 * Pillar 1: the partner structures (SIAE of every kind, régies de quartier, the PLIE, the MEF, employers), the
 * City's support to them, and the people followed in insertion pathways. This package is the module's API:
 * the types other modules may use. Everything below it is internal.
 */
@ApplicationModule(displayName = "Partners", allowedDependencies = {})
@NullMarked
package fr.nanterre.insertion.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
