package fr.nanterre.insertion.procurement.contract;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.procurement.LotSummary;
import fr.nanterre.insertion.procurement.ProcuredLots;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.clause.TargetMethod;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lots as other modules see them, through {@link ProcuredLots}: one query a page, whatever the page size. */
@Service
@PreAuthorize("isAuthenticated()")
class ProcuredLotsService implements ProcuredLots {

    private static final String SELECT = """
            select l.id, l.contract_id, c.reference, c.object, c.buyer, l.number, l.title, l.amount_excl_tax,
                   l.clause_id, l.clause_target_hours, l.clause_method, l.clause_amount_excl_tax,
                   l.clause_labour_share_percent, l.clause_hourly_cost, l.clause_rate_percent, l.clause_fixed_hours,
                   l.clause_estimated_total_hours, c.notified_on, c.duration_months, c.closed_on
            from procurement.lot l join procurement.contract c on c.id = l.contract_id
            """;
    private static final String MATCHING = """
            where cast(:pattern as varchar) is null or c.search_key like :pattern
               or lower(l.title) like lower(:title)
            """;

    private final JdbcClient jdbc;

    ProcuredLotsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotSummary> search(@Nullable String text, Pageable page) {
        return jdbc.sql(SELECT + MATCHING + " order by c.reference, l.number limit :limit offset :offset")
                .param("pattern", pattern(text)).param("title", titlePattern(text))
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(ProcuredLotsService::summary).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return jdbc.sql("select count(*) from procurement.lot l join procurement.contract c on c.id = l.contract_id "
                        + MATCHING)
                .param("pattern", pattern(text)).param("title", titlePattern(text))
                .query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LotSummary> find(UUID lotId) {
        return jdbc.sql(SELECT + " where l.id = ?").param(lotId).query(ProcuredLotsService::summary).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotSummary> findAll(Collection<UUID> lotIds) {
        return jdbc.sql(SELECT + " where l.id = any(:ids)").param("ids", lotIds.toArray(UUID[]::new))
                .query(ProcuredLotsService::summary).list();
    }

    private static @Nullable String pattern(@Nullable String text) {
        return text == null || text.isBlank() ? null : SearchKey.containing(text);
    }

    private static @Nullable String titlePattern(@Nullable String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, BigDecimal> penaltiesPerHour(Collection<UUID> clauseIds) {
        Map<UUID, BigDecimal> penalties = new java.util.HashMap<>();
        jdbc.sql("""
                        select clause_id, clause_penalty_per_hour from procurement.lot
                        where clause_id = any(cast(:ids as uuid[]))""")
                .param("ids", clauseIds.toArray(UUID[]::new))
                .query((rs, row) -> penalties.put(rs.getObject("clause_id", UUID.class),
                        rs.getBigDecimal("clause_penalty_per_hour")))
                .list();
        return penalties;
    }

    private static LotSummary summary(ResultSet rs, int row) throws SQLException {
        Integer workHours = null;
        String method = rs.getString("clause_method");
        if (method != null) {
            workHours = new HoursTarget(TargetMethod.valueOf(method), rs.getBigDecimal("clause_amount_excl_tax"),
                    rs.getBigDecimal("clause_labour_share_percent"), rs.getBigDecimal("clause_hourly_cost"),
                    rs.getBigDecimal("clause_rate_percent"), rs.getObject("clause_fixed_hours", Integer.class),
                    rs.getObject("clause_estimated_total_hours", Integer.class)).estimatedWorkHours();
        }
        return new LotSummary(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
                rs.getString("reference"), rs.getString("object"), rs.getString("buyer"), rs.getInt("number"),
                rs.getString("title"), rs.getBigDecimal("amount_excl_tax"), rs.getObject("clause_id", UUID.class),
                rs.getInt("clause_target_hours"), workHours, rs.getObject("notified_on", LocalDate.class),
                rs.getInt("duration_months"), rs.getObject("closed_on", LocalDate.class));
    }
}
