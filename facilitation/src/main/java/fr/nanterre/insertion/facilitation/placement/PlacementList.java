package fr.nanterre.insertion.facilitation.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.postgres.SqlOrder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The placements' list read in SQL: the page's rows with their criteria and shares in one statement (index
 * {@code placement_start} for the default order), instead of Spring Data JDBC's two queries per row;
 * and the drill-down filters (months with counted hours, buyer), which read the dashboards' read model
 * ({@code indicator_work}).
 */
@Component
public class PlacementList {

    /** The grid's sort properties and their columns; any other property is ignored. */
    private static final Map<String, String> COLUMNS = Map.of("participantReference", "participant_reference",
            "employerName", "employer_name", "employerSiret", "employer_siret", "modality", "modality",
            "startDate", "start_date", "endDate", "end_date", "eligibleAtStart", "eligible_at_start",
            "contractType", "contract_type");

    /**
     * The rows of {@code page} (a materialized CTE) with their criteria and shares, in the same statement: each
     * child table is read once for the page's ids along its primary key, and each child is a row of its placement
     * (a placement with two criteria and one share gives three rows, one without any gives one). ListPagesBenchmark
     * timed this against the children as arrays (by lateral joins, or grouped per placement): decoding six arrays a
     * row cost more than the repeated columns.
     */
    private static final String WITH_CHILDREN = """
            , child as (
                select placement_id, 0 as kind, position, code, level, proof_date, valid_until,
                    cast(null as uuid) as clause_id, cast(null as numeric) as percent
                from facilitation.placement_criterion where placement_id in (select id from page)
                union all
                select placement_id, 1, position, null, null, null, null, clause_id, percent
                from facilitation.placement_share where placement_id in (select id from page))
            select p.*, c.kind, c.code, c.level, c.proof_date, c.valid_until, c.clause_id, c.percent
            from page p left join child c on c.placement_id = p.id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PlacementList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Placement> page(PlacementFilter filter, Pageable page, Sort defaultOrder) {
        Sort sort = page.getSort().isSorted() ? page.getSort() : defaultOrder;
        Map<String, Object> params = new HashMap<>();
        String kept = "select p.* from facilitation.placement p where " + where(filter, params) + " order by "
                + order(sort);
        if (page.isPaged()) {
            kept += " limit :limit offset :offset";
            params.put("limit", page.getPageSize());
            params.put("offset", page.getOffset());
        }
        return jdbc.sql("with page as materialized (" + kept + ")" + WITH_CHILDREN + " order by " + order(sort)
                        + ", c.kind, c.position")
                .params(params).query(PlacementList::placements);
    }

    /**
     * The placements ending in the month, by end date, each with its criteria and shares: one statement, for the
     * facilitator's home (the agenda of this module, which audits it), instead of Spring Data JDBC's two queries per
     * placement.
     */
    public List<Placement> endingIn(YearMonth month) {
        return jdbc.sql("with page as materialized (select * from facilitation.placement"
                        + " where end_date between :first and :last)" + WITH_CHILDREN
                        + " order by p.end_date, p.id, c.kind, c.position")
                .param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(PlacementList::placements);
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
        return SqlOrder.of(sort, COLUMNS, "p");
    }

    /** The placements of the rows, in their order: a placement's rows follow each other, one per child. */
    private static List<Placement> placements(ResultSet rs) throws SQLException {
        List<Placement> found = new ArrayList<>();
        Placement current = null;
        List<PlacementCriterion> criteria = new ArrayList<>();
        List<ClauseShare> shares = new ArrayList<>();
        while (rs.next()) {
            UUID id = rs.getObject("id", UUID.class);
            if (current == null || !current.id().equals(id)) {
                if (current != null) {
                    found.add(withChildren(current, criteria, shares));
                }
                current = placement(rs);
                criteria = new ArrayList<>();
                shares = new ArrayList<>();
            }
            Integer kind = rs.getObject("kind", Integer.class);
            if (kind == null) {
                continue; // neither criterion nor share
            }
            if (kind == 0) {
                criteria.add(new PlacementCriterion(rs.getString("code"), rs.getInt("level"),
                        rs.getObject("proof_date", LocalDate.class), rs.getObject("valid_until", LocalDate.class)));
            } else {
                shares.add(new ClauseShare(rs.getObject("clause_id", UUID.class), rs.getBigDecimal("percent")));
            }
        }
        if (current != null) {
            found.add(withChildren(current, criteria, shares));
        }
        return List.copyOf(found);
    }

    /** A placement's own columns, before its criteria and shares. */
    private static Placement placement(ResultSet rs) throws SQLException {
        String residence = rs.getString("start_residence");
        ProfileAtStart profile = residence == null ? null : new ProfileAtStart(Residence.valueOf(residence),
                Sex.valueOf(rs.getString("start_sex")), AgeBand.valueOf(rs.getString("start_age_band")));
        String contractType = rs.getString("contract_type");
        Instant validatedAt = rs.getObject("validated_at", OffsetDateTime.class).toInstant();
        return new Placement(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getString("participant_reference"), rs.getString("employer_siret"), rs.getString("employer_name"),
                Modality.valueOf(rs.getString("modality")),
                contractType == null ? null : ContractType.valueOf(contractType),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getBoolean("eligible_at_start"), rs.getString("exception_justification"),
                rs.getString("validated_by"), validatedAt, profile, List.of(), List.of(), rs.getLong("version"));
    }

    private static Placement withChildren(Placement p, List<PlacementCriterion> criteria, List<ClauseShare> shares) {
        return new Placement(p.id(), p.participantId(), p.participantReference(), p.employerSiret(), p.employerName(),
                p.modality(), p.contractType(), p.startDate(), p.endDate(), p.eligibleAtStart(),
                p.exceptionJustification(), p.validatedBy(), p.validatedAt(), p.profileAtStart(),
                List.copyOf(criteria), List.copyOf(shares), p.version());
    }
}
