package fr.nanterre.insertion.procurement.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    ContractRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContractRow> find(ContractFilter filter, Pageable page) {
        return query(filter, page.getSort(), " limit " + page.getPageSize() + " offset " + page.getOffset());
    }

    List<ContractRow> findAll(ContractFilter filter, Sort sort) {
        return query(filter, sort, "");
    }

    private List<ContractRow> query(ContractFilter filter, Sort sort, String limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
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
        String order = sort.stream()
                .filter(o -> COLUMNS.containsKey(o.getProperty()))
                .map(o -> COLUMNS.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        // the page's contracts first, then their lots: a deep page (offset 25,000) does not aggregate the lots of
        // the 25,000 contracts it skips
        String orderBy = " order by " + (order.isEmpty() ? "" : order + ", ") + "c.reference, c.id";
        String sql = """
                select c.id, c.reference, c.object, c.buyer, c.procedure, c.cpv_code, c.amount_excl_tax,
                       c.duration_months, c.notified_on, c.status, c.awardee_to_check,
                       l.lot_count, l.lots, l.target_hours
                from (select * from procurement.contract c"""
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + orderBy + limit + """
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
}
