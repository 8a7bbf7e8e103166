package fr.nanterre.insertion.app.operations;

import java.util.List;

import fr.nanterre.platform.events.EventRegistryHygiene;
import fr.nanterre.platform.events.PendingPublication;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/events} on the management port, for ADMIN: the event publications that a listener has not
 * handled yet (failed, or still being handled), oldest first, with their listener, status and attempts. They are
 * delivered again on a schedule (decision 0027); one that stays here points to a listener that keeps failing.
 */
@Component
@Endpoint(id = "events")
class PendingEventsEndpoint {

    private final EventRegistryHygiene registry;

    PendingEventsEndpoint(EventRegistryHygiene registry) {
        this.registry = registry;
    }

    @ReadOperation
    List<PendingPublication> pending() {
        return registry.pending();
    }
}
