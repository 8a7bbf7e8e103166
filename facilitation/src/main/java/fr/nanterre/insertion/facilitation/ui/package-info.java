/**
 * Facilitation's screens, grouped by feature in subpackages; here, the views of no feature (the facilitator's home,
 * the referral directory) and the fields several features share.
 */
@NullMarked
package fr.nanterre.insertion.facilitation.ui;

import org.jspecify.annotations.NullMarked;
