/** Facilitation's candidate pipeline: the job offers, their referrals and hires, and every candidacy. */
@NullMarked
package fr.nanterre.insertion.facilitation.ui.pipeline;

import org.jspecify.annotations.NullMarked;
