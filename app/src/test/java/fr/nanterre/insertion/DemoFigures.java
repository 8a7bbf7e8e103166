package fr.nanterre.insertion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's figures in the database, as an uninterrupted first start leaves them: 11 structures, 12 participants,
 * 5 contracts, 2 PRUS with 4 operations, 10 placements with 48 months of hours, 2 statements, 2 job offers with 5
 * candidates; facilitation follows 6 clauses and knows 12 participants and 11 structures; procurement's 6 clauses
 * and the charter both count the 4,010 validated hours; no event publication is left pending.
 */
final class DemoFigures {

    static final Map<String, String> FULL_DEMO = new LinkedHashMap<>();

    static {
        FULL_DEMO.put("select count(*) from partners.structure", "11");
        FULL_DEMO.put("select count(*) from partners.participant", "12");
        FULL_DEMO.put("select count(*) from procurement.contract", "5");
        FULL_DEMO.put("select count(*) from urban_renewal.project", "2");
        FULL_DEMO.put("select count(*) from urban_renewal.operation", "4");
        FULL_DEMO.put("select count(*) from facilitation.placement", "10");
        FULL_DEMO.put("select count(*) from facilitation.hours_entry", "48");
        FULL_DEMO.put("select count(*) from facilitation.statement", "2");
        FULL_DEMO.put("select count(*) from facilitation.job_offer", "2");
        FULL_DEMO.put("select count(*) from facilitation.referral", "5");
        FULL_DEMO.put("select count(*) from facilitation.followed_clause", "6");
        FULL_DEMO.put("select count(*) from facilitation.known_participant", "12");
        FULL_DEMO.put("select count(*) from facilitation.referral_structure", "11");
        FULL_DEMO.put("select count(*) from procurement.clause_progress", "6");
        FULL_DEMO.put("select sum(realised_hours) from procurement.clause_progress", "4010.00");
        FULL_DEMO.put("select sum(hours) from urban_renewal.clause_work", "4010.00");
        FULL_DEMO.put("select count(*) from public.event_publication where completion_date is null", "0");
    }

    private DemoFigures() {
    }

    /** The figures of the database on this port (the {@code postgres} database, user {@code postgres}). */
    static Map<String, String> read(int port) {
        Map<String, String> figures = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
             Statement statement = connection.createStatement()) {
            for (String query : FULL_DEMO.keySet()) {
                try (ResultSet row = statement.executeQuery(query)) {
                    row.next();
                    figures.put(query, String.valueOf(row.getString(1)));
                }
            }
        } catch (SQLException notYet) {
            figures.put("error", notYet.getMessage());
        }
        return figures;
    }

    /** Waits until the demo is all there (events travel after start-up), then returns the figures either way. */
    static Map<String, String> awaitFull(int port, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, String> figures = read(port);
        while (!figures.equals(FULL_DEMO) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            figures = read(port);
        }
        return figures;
    }
}
