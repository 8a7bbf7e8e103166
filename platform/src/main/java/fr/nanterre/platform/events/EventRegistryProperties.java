package fr.nanterre.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The upkeep of the event publication registry.
 *
 * @param keepCompleted  how long a completed publication stays in the registry before it is purged
 * @param purgeCron      when the purge runs
 * @param resubmitAfter  an incomplete publication older than this is delivered again to its listener
 * @param resubmitEvery  how often incomplete publications are looked for
 */
@ConfigurationProperties("insertion.events")
public record EventRegistryProperties(Duration keepCompleted, String purgeCron, Duration resubmitAfter,
                                      Duration resubmitEvery) {

    public EventRegistryProperties {
        keepCompleted = keepCompleted == null ? Duration.ofDays(30) : keepCompleted;
        purgeCron = purgeCron == null ? "0 15 3 * * *" : purgeCron;
        resubmitAfter = resubmitAfter == null ? Duration.ofMinutes(10) : resubmitAfter;
        resubmitEvery = resubmitEvery == null ? Duration.ofMinutes(5) : resubmitEvery;
    }
}
