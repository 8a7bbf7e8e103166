package fr.nanterre.platform.postgres;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A dump to restore at start-up, into an empty database (decision 0032).
 *
 * @param from the dump file ({@code insertion-….zip}); none: a normal start
 */
@ConfigurationProperties("insertion.restore")
public record RestoreProperties(@Nullable Path from) {
}
