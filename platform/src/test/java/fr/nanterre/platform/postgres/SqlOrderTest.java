package fr.nanterre.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class SqlOrderTest {

    private static final Map<String, String> COLUMNS = Map.of("startDate", "start_date", "reference",
            "participant_reference");

    @Test
    void theGridsSortThenTheIdSoThatPagesNeverOverlap() {
        assertThat(SqlOrder.of(Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("reference")), COLUMNS, "p"))
                .isEqualTo("p.start_date desc, p.participant_reference, p.id");
        assertThat(SqlOrder.of(Sort.unsorted(), COLUMNS, "s")).isEqualTo("s.id");
    }

    @Test
    void aPropertyTheListDoesNotNameIsNeverWrittenIntoTheSql() {
        assertThat(SqlOrder.of(Sort.by("1; drop table placement"), COLUMNS, "p")).isEqualTo("p.id");
    }
}
