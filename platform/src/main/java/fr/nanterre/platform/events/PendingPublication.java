package fr.nanterre.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event that one listener has not handled yet: failed, or still being handled.
 *
 * @param status            PUBLISHED, PROCESSING, FAILED or RESUBMITTED (Spring Modulith's registry)
 * @param attempts          how many times the listener was given the event
 * @param lastResubmission  when it was last delivered again, if ever
 */
public record PendingPublication(UUID id, String listener, String eventType, Instant published,
                                 @Nullable String status, int attempts, @Nullable Instant lastResubmission) {
}
