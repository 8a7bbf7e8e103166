package fr.nanterre.insertion.facilitation.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import fr.nanterre.insertion.facilitation.ledger.StatementImport.Column;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The columns of each employer's statements as a facilitator mapped them: header (compared form) → column. */
@Component
class StatementColumnMappings {

    private final JdbcClient jdbc;

    StatementColumnMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Column> of(String employerSiret) {
        Map<String, Column> mapping = new HashMap<>();
        jdbc.sql("select header, column_name from facilitation.statement_column_mapping where employer_siret = ?")
                .param(employerSiret)
                .query((row, number) -> mapping.put(row.getString("header"), Column.valueOf(row.getString(
                        "column_name"))))
                .list();
        return mapping;
    }

    /** Replaces what was remembered for these headers of that employer. */
    void remember(String employerSiret, Map<String, Column> mapping, String by, Instant at) {
        if (mapping.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into facilitation.statement_column_mapping (employer_siret, header, column_name,
                            recorded_by, recorded_at)
                        select :siret, header, column_name, :by, :at
                        from unnest(cast(:headers as varchar[]), cast(:columns as varchar[])) as m(header, column_name)
                        on conflict (employer_siret, header) do update set column_name = excluded.column_name,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .param("siret", employerSiret).param("by", by).param("at", Timestamp.from(at))
                .param("headers", mapping.keySet().toArray(String[]::new))
                .param("columns", mapping.keySet().stream().map(h -> mapping.get(h).name()).toArray(String[]::new))
                .update();
    }
}
