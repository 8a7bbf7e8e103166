/**
 * The event publication registry's upkeep: completed publications purged after a while, incomplete ones resubmitted
 * on a schedule, the failed ones listed for administrators; and the lock that makes each scheduled job run on one
 * instance only when several share the database (ShedLock).
 */
@NullMarked
package fr.nanterre.platform.events;

import org.jspecify.annotations.NullMarked;
