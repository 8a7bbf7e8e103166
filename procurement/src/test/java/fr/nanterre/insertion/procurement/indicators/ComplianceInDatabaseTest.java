package fr.nanterre.insertion.procurement.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.nanterre.insertion.procurement.Compliance;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The database judges a clause on a day from the dates its row keeps ({@code compliance_behind_from} and
 * {@code compliance_status}, migration V5); {@link Compliance} is the rule. For clauses of every shape (targets,
 * hours on both sides of each boundary and exactly on it, short and long contracts, notified at the end of a month,
 * on 29 February, closed or not), both must give the same status on every day from the day before the notification
 * to the days after the end.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ComplianceInDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    private record Shape(int target, BigDecimal realised, LocalDate notified, int months, @Nullable LocalDate closed) {
    }

    @Test
    void theDatabaseAndComplianceGiveTheSameStatusOnEveryDay() {
        List<Shape> shapes = new ArrayList<>();
        int[] targets = {1, 3, 7, 30, 500, 1000, 12_345};
        LocalDate[] notified = {LocalDate.of(2021, 4, 1), LocalDate.of(2021, 1, 31), LocalDate.of(2020, 2, 29),
                LocalDate.of(2023, 12, 31)};
        int[] months = {1, 5, 12, 37};
        for (int target : targets) {
            for (String realised : realisedAround(target)) {
                for (LocalDate day : notified) {
                    for (int duration : months) {
                        shapes.add(new Shape(target, new BigDecimal(realised), day, duration, null));
                        shapes.add(new Shape(target, new BigDecimal(realised), day, duration,
                                day.plusMonths(duration / 2)));
                    }
                }
            }
        }
        // exactly on the line: 20 of 30 h after 20 of 30 days (April 2021), where the share 2/3 rounds up to
        // 0.6666666666666667 and Compliance finds the clause behind on the 20th day already; 10 of 30 (1/3 rounds down)
        shapes.add(new Shape(30, new BigDecimal("20"), LocalDate.of(2021, 4, 1), 1, null));
        shapes.add(new Shape(30, new BigDecimal("10"), LocalDate.of(2021, 4, 1), 1, null));
        assertThat(new Compliance(30, new BigDecimal("20"), LocalDate.of(2021, 4, 1), 1, null)
                .statusOn(LocalDate.of(2021, 4, 21))).isEqualTo(ComplianceStatus.BEHIND);
        assertThat(new Compliance(30, new BigDecimal("10"), LocalDate.of(2021, 4, 1), 1, null)
                .statusOn(LocalDate.of(2021, 4, 11))).isEqualTo(ComplianceStatus.ON_TRACK);

        int days = 0;
        for (Shape shape : shapes) {
            LocalDate first = shape.notified().minusDays(1);
            LocalDate last = shape.notified().plusMonths(shape.months()).plusDays(2);
            List<String> database = jdbc.sql("""
                            select procurement.compliance_status(cast(:notified as date), cast(:closed as date),
                                       cast(:realised as numeric) >= :target, cast(:realised as numeric) > 0,
                                       procurement.compliance_behind_from(:target, cast(:realised as numeric),
                                           cast(:notified as date), :months), d::date)
                            from generate_series(cast(:first as date), cast(:last as date), interval '1 day') d
                            order by d""")
                    .param("notified", shape.notified()).param("closed", shape.closed())
                    .param("realised", shape.realised()).param("target", shape.target())
                    .param("months", shape.months()).param("first", first).param("last", last)
                    .query(String.class).list();
            Compliance compliance = new Compliance(shape.target(), shape.realised(), shape.notified(), shape.months(),
                    shape.closed());
            List<String> java = first.datesUntil(last.plusDays(1)).map(day -> compliance.statusOn(day).name()).toList();
            assertThat(database).as(shape.toString()).isEqualTo(java);
            days += java.size();
        }
        assertThat(days).as("days compared").isGreaterThan(100_000);
    }

    /** Realised hours on both sides of the quarter, half and whole target, and none. */
    private static List<String> realisedAround(int target) {
        List<String> hours = new ArrayList<>(List.of("0", "0.01"));
        for (BigDecimal share : List.of(new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE)) {
            BigDecimal line = share.multiply(BigDecimal.valueOf(target));
            hours.add(line.subtract(new BigDecimal("0.01")).max(BigDecimal.ZERO).toPlainString());
            hours.add(line.toPlainString());
            hours.add(line.add(new BigDecimal("0.01")).toPlainString());
        }
        return hours;
    }
}
