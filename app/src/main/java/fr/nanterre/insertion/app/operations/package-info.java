/**
 * Operating the application: the management port's endpoints (health, info, Prometheus metrics, the event
 * publications still pending) and who may read them.
 */
@NullMarked
package fr.nanterre.insertion.app.operations;

import org.jspecify.annotations.NullMarked;
