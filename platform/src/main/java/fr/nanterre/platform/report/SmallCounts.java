package fr.nanterre.platform.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical confidentiality of counts of people for those who see aggregates only (VIEWER, DESIGN.md §4): a
 * count from 1 to 4 is shown as "&lt; 5", and a breakdown whose total is shown never lets a hidden cell be worked
 * back by subtraction (see docs/decisions/0025-dashboards-and-charts.md):
 * <ul>
 *     <li>primary suppression: every cell from 1 to {@value #SMALLEST_SHOWN} − 1 is hidden;</li>
 *     <li>secondary suppression: when exactly one cell of a breakdown is hidden, the next smallest cell above 0 is
 *     hidden too (shown "s"), so that the total minus the cells shown still leaves two unknowns;</li>
 *     <li>a total from 1 to 4 is hidden itself.</li>
 * </ul>
 * Zero is shown: an empty cell reveals no one.
 */
public final class SmallCounts {

    /** The smallest count of people shown to a reader of aggregates. */
    public static final int SMALLEST_SHOWN = 5;

    /** What a reader sees in place of a count from 1 to 4, in every language. */
    public static final String HIDDEN = "< 5";

    /**
     * What a reader sees in place of a count of 5 or more hidden so that a total does not give a small one away
     * ("s", secret statistique, as INSEE writes it).
     */
    public static final String SECRET = "s";

    /**
     * A count as a reader may see it: its value, or hidden.
     *
     * @param secondary hidden although 5 or more, to protect a small cell of the same breakdown
     */
    public record Count(long value, boolean hidden, boolean secondary) {

        /** The value as a report cell: a number, or the "&lt; 5" or "s" text. */
        public Object cell() {
            if (!hidden) {
                return value;
            }
            return secondary ? SECRET : HIDDEN;
        }

        /** The value for a chart: 0 when hidden, so that no bar gives it away. */
        public long charted() {
            return hidden ? 0 : value;
        }
    }

    private SmallCounts() {
    }

    /** A single count (a total, a headline figure). */
    public static Count one(long value, boolean masked) {
        return new Count(value, masked && isSmall(value), false);
    }

    /**
     * A breakdown of counts of people whose total is shown beside it; unmasked (for roles that see people), every
     * count is shown as it is. The order of the cells is kept.
     */
    public static <K> Map<K, Count> breakdown(Map<K, Long> cells, boolean masked) {
        Map<K, Count> shown = new LinkedHashMap<>();
        List<K> hidden = new ArrayList<>();
        cells.forEach((key, value) -> {
            boolean hide = masked && isSmall(value);
            if (hide) {
                hidden.add(key);
            }
            shown.put(key, new Count(value, hide, false));
        });
        if (hidden.size() == 1) {
            cells.entrySet().stream()
                    .filter(cell -> cell.getValue() > 0 && !hidden.contains(cell.getKey()))
                    .min(Comparator.comparingLong(Map.Entry::getValue))
                    .ifPresent(next -> shown.put(next.getKey(), new Count(next.getValue(), true, !isSmall(next.getValue()))));
        }
        return shown;
    }

    private static boolean isSmall(long value) {
        return value > 0 && value < SMALLEST_SHOWN;
    }
}
