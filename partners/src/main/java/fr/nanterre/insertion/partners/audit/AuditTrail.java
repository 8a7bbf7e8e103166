package fr.nanterre.insertion.partners.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.nanterre.platform.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as administrators read it, page by page from the database: who did what and when, with no
 * participant's identity (no name, reference, birth date or INSEE code; see {@link AuditEntry}).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AuditTrail {

    /** Grid sort properties and the columns they sort on. */
    private static final Map<String, String> SORTABLE = Map.of("at", "a.at", "username", "a.username",
            "action", "a.action");

    /** A participant's reference (P-2026-000123), masked wherever a detail holds one. */
    private static final String REFERENCE = "P-[0-9]{4}-[0-9]{6,}";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first unless another order is asked for. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, Pageable page) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select a.id, a.at, a.username, a.action, a.participant_id,"
                + " '#' || left(md5(a.participant_id::text), 8) as participant,"
                + " regexp_replace(a.detail, '" + REFERENCE + "', 'P-…', 'g') as detail from partners.audit_log a"
                + where(filter, params) + " order by " + order(page.getSort()) + " limit :limit offset :offset";
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        return jdbc.sql(sql).params(params).query(AuditTrail::entry).list();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from partners.audit_log a" + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getTimestamp("at").toInstant(), row.getString("username"),
                AuditAction.valueOf(row.getString("action")), row.getObject("participant_id", UUID.class),
                row.getString("participant"), row.getString("detail"));
    }

    private String where(AuditFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" and lower(a.username) like :username escape '\\'");
            params.put("username", "%" + filter.username().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.action() != null) {
            where.append(" and a.action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            where.append(" and a.at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and a.at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        return where.toString();
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private static String order(Sort sort) {
        if (sort.isUnsorted()) {
            return "a.at desc, a.id desc";
        }
        return sort.stream().map(order -> {
            String column = SORTABLE.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("The audit log cannot be sorted by " + order.getProperty());
            }
            return column + (order.isAscending() ? " asc" : " desc");
        }).collect(Collectors.joining(", ")) + ", a.id desc";
    }
}
