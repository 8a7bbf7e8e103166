/**
 * The companies' portal accounts: created by a facilitator for an awardee or an employer, tied to SIRETs, with a
 * password the person sets through a one-time link sent by e-mail; and the e-mails the portal sends.
 */
@NullMarked
package fr.nanterre.insertion.facilitation.company;

import org.jspecify.annotations.NullMarked;
