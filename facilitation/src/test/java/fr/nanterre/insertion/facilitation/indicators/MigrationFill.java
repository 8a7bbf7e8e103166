package fr.nanterre.insertion.facilitation.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs migration V25's fill of the read model again, as an upgraded database would run it: empties the read model,
 * then runs the statements that follow the line "-- Filled for the ledger as it stands" in the migration's file, in
 * facilitation's schema. Call it in a transaction.
 */
final class MigrationFill {

    static final String MIGRATION = "db/schema/facilitation/V25__indicator_read_model.sql";
    private static final String MARK = "-- Filled for the ledger as it stands";

    private MigrationFill() {
    }

    static void run(JdbcClient jdbc) {
        for (String table : List.of("indicator_work", "indicator_hours", "indicator_placement", "indicator_people",
                "indicator_placement_criterion", "indicator_criterion", "indicator_exit")) {
            jdbc.sql("delete from facilitation." + table).update();
        }
        jdbc.sql("set local search_path = facilitation").update();
        for (String statement : statements()) {
            jdbc.sql(statement).update();
        }
        jdbc.sql("set local search_path = public").update();
    }

    static List<String> statements() {
        try (InputStream in = MigrationFill.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String fill = sql.substring(sql.indexOf(MARK));
            fill = fill.substring(fill.indexOf('\n') + 1);
            return List.of(fill.split(";\\s*\\n")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
