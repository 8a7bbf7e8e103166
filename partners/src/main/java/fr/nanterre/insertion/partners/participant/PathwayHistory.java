package fr.nanterre.insertion.partners.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of the pathways: appended in the transaction of each change, never rewritten. */
@Component
class PathwayHistory {

    private final JdbcClient jdbc;

    PathwayHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID pathwayId, PathwayChange change) {
        jdbc.sql("""
                        insert into partners.pathway_change
                            (pathway_id, changed_at, changed_by, kind, step_type, date_from, date_to, outcome)
                        values (:pathwayId, :at, :by, :kind, :stepType, :from, :to, :outcome)""")
                .param("pathwayId", pathwayId)
                .param("at", Timestamp.from(change.changedAt()))
                .param("by", change.changedBy())
                .param("kind", change.kind().name())
                .param("stepType", change.stepType() == null ? null : change.stepType().name())
                .param("from", change.from())
                .param("to", change.to())
                .param("outcome", change.outcome() == null ? null : change.outcome().name())
                .update();
    }

    /** Oldest first. */
    List<PathwayChange> of(UUID pathwayId) {
        return jdbc.sql("select * from partners.pathway_change where pathway_id = ? order by id")
                .param(pathwayId)
                .query(PathwayHistory::change)
                .list();
    }

    private static PathwayChange change(ResultSet row, int number) throws SQLException {
        String stepType = row.getString("step_type");
        String outcome = row.getString("outcome");
        return new PathwayChange(row.getTimestamp("changed_at").toInstant(), row.getString("changed_by"),
                PathwayChange.Kind.valueOf(row.getString("kind")), stepType == null ? null : StepType.valueOf(stepType),
                row.getObject("date_from", LocalDate.class), row.getObject("date_to", LocalDate.class),
                outcome == null ? null : ExitOutcome.valueOf(outcome));
    }
}
