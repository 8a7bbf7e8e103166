/**
 * The recommender: for a planned purchase (CPV, estimated amount, duration, place), which social consideration to
 * bring into it, ranked, each with its hours forecast from the calculator, the structures that could answer, and the
 * reason in words; and the one step that turns a recommendation into the planned contract's considerations.
 */
@NullMarked
package fr.nanterre.insertion.procurement.recommend;

import org.jspecify.annotations.NullMarked;
