package fr.nanterre.insertion.facilitation.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.Modality;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The placements' list read in SQL: the page's rows in one query (index {@code placement_start} for the default
 * order), then the page's criteria and shares in one query each, instead of Spring Data JDBC's two queries per row;
 * and the drill-down filters (months with counted hours, buyer), which read the dashboards' read model
 * ({@code indicator_work}).
 */
@Component
class PlacementList {

    /** The grid's sort properties and their columns; any other property is ignored. */
    private static final Map<String, String> COLUMNS = Map.of("participantReference", "participant_reference",
            "employerName", "employer_name", "employerSiret", "employer_siret", "modality", "modality",
            "startDate", "start_date", "endDate", "end_date", "eligibleAtStart", "eligible_at_start",
            "contractType", "contract_type");

    private final JdbcClient jdbc;
    private final Clock clock;

    PlacementList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Placement> page(PlacementFilter filter, Pageable page, Sort defaultOrder) {
        Sort sort = page.getSort().isSorted() ? page.getSort() : defaultOrder;
        Map<String, Object> params = new HashMap<>();
        String sql = "select p.* from facilitation.placement p where " + where(filter, params) + " order by "
                + order(sort);
        if (page.isPaged()) {
            sql += " limit :limit offset :offset";
            params.put("limit", page.getPageSize());
            params.put("offset", page.getOffset());
        }
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
        return withChildren(rows);
    }

    long count(PlacementFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from facilitation.placement p where " + where(filter, params))
                .params(params).query(Long.class).single();
    }

    private String where(PlacementFilter filter, Map<String, Object> params) {
        List<String> rules = new ArrayList<>();
        rules.add("true");
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            rules.add("(p.participant_reference like :reference or upper(p.employer_name) like :employer"
                    + " or p.employer_siret like :siret)");
            params.put("reference", "%" + text.toUpperCase(Locale.ROOT) + "%");
            params.put("employer", "%" + text.toUpperCase(Locale.ROOT) + "%");
            params.put("siret", text.replaceAll("\\s", "") + "%");
        }
        if (filter.modality() != null) {
            rules.add("p.modality = :modality");
            params.put("modality", filter.modality().name());
        }
        LocalDate today = LocalDate.now(clock);
        if (Boolean.TRUE.equals(filter.running())) {
            rules.add("p.start_date <= :today and (p.end_date is null or p.end_date >= :today)");
            params.put("today", today);
        } else if (Boolean.FALSE.equals(filter.running())) {
            rules.add("p.end_date < :today");
            params.put("today", today);
        }
        if (filter.exceptions()) {
            rules.add("not p.eligible_at_start");
        }
        if (filter.firstMonth() != null) {
            rules.add("exists (select 1 from facilitation.indicator_work w where w.placement_id = p.id"
                    + " and w.month between :first and :last and w.hours > 0"
                    + (filter.buyer() != null ? " and w.buyer = :buyer)" : ")"));
            params.put("first", filter.firstMonth().atDay(1));
            params.put("last", (filter.lastMonth() == null ? filter.firstMonth() : filter.lastMonth()).atDay(1));
        } else if (filter.buyer() != null) {
            rules.add("exists (select 1 from facilitation.placement_share s"
                    + " join facilitation.followed_clause c on c.clause_id = s.clause_id"
                    + " where s.placement_id = p.id and c.buyer = :buyer)");
        }
        if (filter.buyer() != null) {
            params.put("buyer", filter.buyer());
        }
        return String.join(" and ", rules);
    }

    private static String order(Sort sort) {
        List<String> columns = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = COLUMNS.get(order.getProperty());
            if (column != null) {
                columns.add("p." + column + (order.isDescending() ? " desc" : ""));
            }
        }
        columns.add("p.id");
        return String.join(", ", columns);
    }

    /** A placement's own columns, before its criteria and shares. */
    private record Row(Placement placement) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        String residence = rs.getString("start_residence");
        ProfileAtStart profile = residence == null ? null : new ProfileAtStart(Residence.valueOf(residence),
                Sex.valueOf(rs.getString("start_sex")), AgeBand.valueOf(rs.getString("start_age_band")));
        String contractType = rs.getString("contract_type");
        Instant validatedAt = rs.getObject("validated_at", OffsetDateTime.class).toInstant();
        return new Row(new Placement(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getString("participant_reference"), rs.getString("employer_siret"), rs.getString("employer_name"),
                Modality.valueOf(rs.getString("modality")),
                contractType == null ? null : ContractType.valueOf(contractType),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getBoolean("eligible_at_start"), rs.getString("exception_justification"),
                rs.getString("validated_by"), validatedAt, profile, List.of(), List.of(), rs.getLong("version")));
    }

    private List<Placement> withChildren(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(row -> row.placement().id()).toArray(UUID[]::new);
        Map<UUID, List<PlacementCriterion>> criteria = new HashMap<>();
        jdbc.sql("""
                        select placement_id, code, level, proof_date, valid_until from facilitation.placement_criterion
                        where placement_id = any(cast(:ids as uuid[])) order by placement_id, position""")
                .param("ids", ids)
                .query((rs, n) -> criteria.computeIfAbsent(rs.getObject("placement_id", UUID.class),
                        id -> new ArrayList<>()).add(new PlacementCriterion(rs.getString("code"), rs.getInt("level"),
                        rs.getObject("proof_date", LocalDate.class), rs.getObject("valid_until", LocalDate.class))))
                .list();
        Map<UUID, List<ClauseShare>> shares = new HashMap<>();
        jdbc.sql("""
                        select placement_id, clause_id, percent from facilitation.placement_share
                        where placement_id = any(cast(:ids as uuid[])) order by placement_id, position""")
                .param("ids", ids)
                .query((rs, n) -> shares.computeIfAbsent(rs.getObject("placement_id", UUID.class),
                        id -> new ArrayList<>()).add(new ClauseShare(rs.getObject("clause_id", UUID.class),
                        rs.getBigDecimal("percent"))))
                .list();
        Map<UUID, Placement> kept = new LinkedHashMap<>();
        for (Row row : rows) {
            Placement p = row.placement();
            kept.put(p.id(), new Placement(p.id(), p.participantId(), p.participantReference(), p.employerSiret(),
                    p.employerName(), p.modality(), p.contractType(), p.startDate(), p.endDate(), p.eligibleAtStart(),
                    p.exceptionJustification(), p.validatedBy(), p.validatedAt(), p.profileAtStart(),
                    List.copyOf(criteria.getOrDefault(p.id(), List.of())),
                    List.copyOf(shares.getOrDefault(p.id(), List.of())), p.version()));
        }
        return List.copyOf(kept.values());
    }
}
