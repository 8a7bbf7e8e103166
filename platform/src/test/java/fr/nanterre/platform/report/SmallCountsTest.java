package fr.nanterre.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.nanterre.platform.report.SmallCounts.Count;
import org.junit.jupiter.api.Test;

/** Statistical confidentiality: "&lt; 5" from 1 to 4, and no total that gives a hidden cell away. */
class SmallCountsTest {

    private static Map<String, Long> cells(Object... keysAndValues) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            cells.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).longValue());
        }
        return cells;
    }

    private static Map<String, Object> shown(Map<String, Count> counts) {
        Map<String, Object> shown = new LinkedHashMap<>();
        counts.forEach((key, count) -> shown.put(key, count.cell()));
        return shown;
    }

    @Test
    void aCountFromOneToFourIsHiddenZeroAndFiveAreShown() {
        assertThat(SmallCounts.one(0, true).cell()).isEqualTo(0L);
        assertThat(SmallCounts.one(1, true).cell()).isEqualTo("< 5");
        assertThat(SmallCounts.one(4, true).cell()).isEqualTo("< 5");
        assertThat(SmallCounts.one(5, true).cell()).isEqualTo(5L);
        assertThat(SmallCounts.one(3, false).cell()).as("for roles that see people").isEqualTo(3L);
        assertThat(SmallCounts.one(3, true).charted()).as("no bar gives it away").isZero();
    }

    @Test
    void whenOneCellAloneIsHiddenTheNextSmallestIsHiddenTooSoTheTotalCannotGiveItAway() {
        // 12 people: 5 in a QPV, 6 elsewhere in Nanterre, 1 outside; total 12 shown
        Map<String, Object> shown = shown(SmallCounts.breakdown(cells("QPV", 5, "NANTERRE", 6, "ELSEWHERE", 1), true));

        assertThat(shown).containsExactly(Map.entry("QPV", "s"), Map.entry("NANTERRE", 6L),
                Map.entry("ELSEWHERE", "< 5"));
    }

    @Test
    void twoSmallCellsProtectEachOtherAndZerosAreNeitherHiddenNorUsedToProtect() {
        Map<String, Object> shown = shown(SmallCounts.breakdown(
                cells("UNDER_26", 3, "FROM_26_TO_49", 6, "FROM_50", 3, "OTHER", 0), true));

        assertThat(shown).containsExactly(Map.entry("UNDER_26", "< 5"), Map.entry("FROM_26_TO_49", 6L),
                Map.entry("FROM_50", "< 5"), Map.entry("OTHER", 0L));
    }

    @Test
    void aSingleSmallCellBesideZerosOnlyIsHiddenAndSoIsTheTotalItEquals() {
        Map<String, Object> shown = shown(SmallCounts.breakdown(cells("DURABLE", 1, "TRANSITION", 0), true));

        assertThat(shown).containsExactly(Map.entry("DURABLE", "< 5"), Map.entry("TRANSITION", 0L));
        assertThat(SmallCounts.one(1, true).cell()).isEqualTo("< 5");
    }

    @Test
    void unmaskedEveryCountIsShown() {
        assertThat(shown(SmallCounts.breakdown(cells("A", 1, "B", 7), false)))
                .containsExactly(Map.entry("A", 1L), Map.entry("B", 7L));
    }
}
