package fr.nanterre.platform.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import found in a file before anything is saved: the verdict on each line, how many are valid, or
 * why the whole file is refused.
 *
 * @param <V> the verdict on one line
 */
public interface ImportPreview<V> {

    /** The key of the message saying why the whole file is refused, or null. */
    @Nullable String fileError();

    List<V> lines();

    /** Whether the line will be imported. */
    boolean accepts(V line);

    /** Whether the line is refused with a reason; by default every line not accepted (some imports also skip lines). */
    default boolean rejects(V line) {
        return !accepts(line);
    }

    default long acceptedCount() {
        return lines().stream().filter(this::accepts).count();
    }

    default long rejected() {
        return lines().stream().filter(this::rejects).count();
    }
}
