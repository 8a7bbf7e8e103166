/**
 * Pillar 4: the MEF's facilitators, who follow every clause whoever the buyer: placements, the ledger of hours
 * worked, monthly statements, the candidate pipeline, the MEF's funding agreement and its yearly report. This
 * package is the module's API; everything below it is internal.
 */
@ApplicationModule(displayName = "Facilitation", allowedDependencies = {"partners", "procurement", "urbanrenewal"})
@NullMarked
package fr.nanterre.insertion.facilitation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
