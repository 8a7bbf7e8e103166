/** The participants and their pathways: identity, eligibility criteria, steps, exits, retention and the GDPR rights. */
@NullMarked
package fr.nanterre.insertion.partners.participant;

import org.jspecify.annotations.NullMarked;
