package fr.nanterre.insertion.facilitation.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.platform.postgres.SqlOrder;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements' list read in SQL, one statement a page: the filters Spring Data JDBC's {@code Query} applied
 * (states kept; part of the file's name or of who received it, any case), the grid's sort properties, the newest
 * first by default along the index {@code statement_received} (V27). Building and rendering the {@code Query} and
 * mapping through the aggregate's metadata cost more than the page query itself (issue 14: see ListPagesBenchmark).
 */
@Component
class StatementList {

    /** The grid's sort properties and their columns; any other property is ignored. */
    private static final Map<String, String> COLUMNS = Map.of("fileName", "file_name", "receivedAt", "received_at",
            "receivedBy", "received_by", "lines", "lines", "state", "state", "origin", "origin");

    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "receivedAt");

    private final JdbcClient jdbc;

    StatementList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Statement> page(StatementFilter filter, Pageable page) {
        Sort sort = page.getSort().isSorted() ? page.getSort() : NEWEST_FIRST;
        Map<String, Object> params = new HashMap<>();
        String sql = "select * from facilitation.statement s where " + where(filter, params) + " order by "
                + order(sort);
        if (page.isPaged()) {
            sql += " limit :limit offset :offset";
            params.put("limit", page.getPageSize());
            params.put("offset", page.getOffset());
        }
        return jdbc.sql(sql).params(params).query(StatementList::statement).list();
    }

    long count(StatementFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from facilitation.statement s where " + where(filter, params))
                .params(params).query(Long.class).single();
    }

    private static String where(StatementFilter filter, Map<String, Object> params) {
        List<String> rules = new ArrayList<>();
        rules.add("true");
        if (!filter.states().isEmpty()) {
            rules.add("s.state in (:states)");
            params.put("states", filter.states().stream().map(Enum::name).toList());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            rules.add("(upper(s.file_name) like upper(:text) or upper(s.received_by) like upper(:text))");
            params.put("text", "%" + filter.text().strip() + "%");
        }
        return String.join(" and ", rules);
    }

    private static String order(Sort sort) {
        return SqlOrder.of(sort, COLUMNS, "s");
    }

    static Statement statement(ResultSet rs, int row) throws SQLException {
        Long version = rs.getObject("version", Long.class);
        return new Statement(rs.getObject("id", UUID.class), rs.getString("file_name"), instant(rs, "received_at"),
                rs.getString("received_by"), StatementState.valueOf(rs.getString("state")),
                rs.getString("checked_by"), instant(rs, "checked_at"), rs.getString("validated_by"),
                instant(rs, "validated_at"), rs.getString("rejected_by"), instant(rs, "rejected_at"),
                rs.getString("rejection_reason"), rs.getInt("lines"), StatementOrigin.valueOf(rs.getString("origin")),
                rs.getString("employer_siret"), version);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
