package fr.nanterre.insertion.procurement.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.nanterre.platform.text.SearchKey;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contracts' grid page by page, each contract with its lots: one statement per page, whatever the number of
 * contracts and lots (the page's contracts are chosen first, then their lots aggregated by a lateral join). Sorting
 * is limited to the grid's sortable columns.
 */
@Component
class ContractRows {

    /** The grid's sortable properties and their columns; anything else sorts by reference. */
    private static final Map<String, String> COLUMNS = Map.of("reference", "c.reference", "object", "c.object",
            "buyer", "c.buyer", "amountExclTax", "c.amount_excl_tax", "notifiedOn", "c.notified_on",
            "status", "c.status");

    private final JdbcClient jdbc;
    private final Clock clock;

    ContractRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many contracts the filter finds. */
    long count(ContractFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from procurement.contract c" + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    List<String> buyers() {
        return jdbc.sql("select distinct buyer from procurement.contract order by buyer").query(String.class).list();
    }

    /** The ids of the contracts the filter finds, in the order asked. */
    List<UUID> ids(ContractFilter filter, Sort sort) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select c.id from procurement.contract c" + where(filter, params) + orderBy(sort))
                .params(params).query(UUID.class).list();
    }

    List<ContractRow> find(ContractFilter filter, Pageable page) {
        return query(filter, page.getSort(), " limit " + page.getPageSize() + " offset " + page.getOffset());
    }

    List<ContractRow> findAll(ContractFilter filter, Sort sort) {
        return query(filter, sort, "");
    }

    private List<ContractRow> query(ContractFilter filter, Sort sort, String limit) {
        Map<String, Object> params = new HashMap<>();
        // the page's contracts first, then their lots: a deep page (offset 25,000) does not aggregate the lots of
        // the 25,000 contracts it skips
        String orderBy = orderBy(sort);
        String sql = """
                select c.id, c.reference, c.object, c.buyer, c.procedure, c.cpv_code, c.amount_excl_tax,
                       c.duration_months, c.notified_on, c.status, c.awardee_to_check,
                       l.lot_count, l.lots, l.target_hours
                from (select * from procurement.contract c""" + where(filter, params) + orderBy + limit + """
                ) c
                cross join lateral (
                    select count(*) as lot_count,
                           coalesce(string_agg(lot.number || '. ' || lot.title, ' · ' order by lot.number), '') as lots,
                           coalesce(sum(lot.clause_target_hours), 0) as target_hours
                    from procurement.lot lot where lot.contract_id = c.id) l
                """ + orderBy;
        return jdbc.sql(sql).params(params)
                .query((rs, row) -> new ContractRow(rs.getObject("id", java.util.UUID.class),
                        rs.getString("reference"), rs.getString("object"), rs.getString("buyer"),
                        Procedure.valueOf(rs.getString("procedure")), rs.getString("cpv_code"),
                        rs.getBigDecimal("amount_excl_tax"), rs.getInt("duration_months"),
                        rs.getObject("notified_on", java.time.LocalDate.class),
                        ContractStatus.valueOf(rs.getString("status")), rs.getBoolean("awardee_to_check"),
                        rs.getInt("lot_count"), rs.getString("lots"), rs.getInt("target_hours")))
                .list();
    }

    private static String orderBy(Sort sort) {
        String order = sort.stream()
                .filter(o -> COLUMNS.containsKey(o.getProperty()))
                .map(o -> COLUMNS.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (order.isEmpty() ? "" : order + ", ") + "c.reference, c.id";
    }

    /** The conditions of the filter on the contracts {@code c}, their values put in {@code params}. */
    private String where(ContractFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("c.search_key like :key");
            params.put("key", SearchKey.containing(filter.text()));
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.buyer() != null && !filter.buyer().isBlank()) {
            where.add("c.buyer = :buyer");
            params.put("buyer", filter.buyer());
        }
        if (filter.awardeeToCheck()) {
            where.add("c.awardee_to_check");
        }
        if (filter.compliance() != null) {
            // the lots' kept rows (migration V5) say each clause's status on any day, as Compliance judges it
            where.add("""
                    exists (select 1 from procurement.lot_figures f where f.contract_id = c.id and f.clause_id is not null
                            and procurement.compliance_status(f.notified_on, f.closed_on, f.achieved, f.has_hours,
                                f.behind_from, :today) = :compliance)""");
            params.put("today", LocalDate.now(clock));
            params.put("compliance", filter.compliance().name());
        }
        if (filter.socialConsideration()) {
            where.add("""
                    exists (select 1 from procurement.lot l where l.contract_id = c.id
                            and (l.clause_id is not null or l.criterion_weight_percent is not null
                                 or l.reservation <> 'NONE' or l.insertion_contract))""");
        }
        if (filter.notifiedFrom() != null) {
            where.add("c.notified_on >= :notifiedFrom");
            params.put("notifiedFrom", filter.notifiedFrom());
        }
        if (filter.notifiedTo() != null) {
            where.add("c.notified_on <= :notifiedTo");
            params.put("notifiedTo", filter.notifiedTo());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }
}
