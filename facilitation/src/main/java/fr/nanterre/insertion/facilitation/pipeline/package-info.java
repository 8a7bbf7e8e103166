/** The candidate pipeline: job offers, referrals, interviews and hires. */
@NullMarked
package fr.nanterre.insertion.facilitation.pipeline;

import org.jspecify.annotations.NullMarked;
