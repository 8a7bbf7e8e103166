package fr.nanterre.insertion.partners.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.platform.text.SearchKey;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list of participants as one SQL query, so that the database filters, sorts and pages: 50 lines are read,
 * never the whole table. The benchmark times this very query.
 */
final class ParticipantSearch {

    /** Grid sort properties and the columns they sort on; the name sorts on the search key, accents aside. */
    private static final Map<String, String> SORTABLE = Map.of(
            "reference", "reference",
            "name", "search_key",
            "birthDate", "birth_date",
            "commune", "commune",
            "referringOrganisation", "referring_organisation",
            "enrolledOn", "enrolled_on");

    private static final String COLUMNS = """
            p.id, p.reference, p.last_name, p.first_name, p.birth_date, p.sex, p.commune, p.qpv_resident,
            p.referring_organisation, p.enrolled_on, p.anonymised_on""";

    /**
     * Those whose name contains the text, found through the trigram index first. Left to itself, PostgreSQL walks
     * the name index in order and filters, expecting to meet 50 matches early; but the matches of a name cluster
     * (every "nguyen" sorts under N), and it read 70,000 rows for them (see ParticipantSearchBenchmark). The
     * materialized CTE makes the name match come first; its few hundred rows are then sorted.
     */
    private static final String NAMED = "with named as materialized "
            + "(select * from partners.participant where search_key like :text) select %s from named p";
    private static final String ANY = "select %s from partners.participant p";
    private static final int TRIGRAM = 3;

    /**
     * The rule of {@link EligibilityRule} in SQL, so that "eligible today" filters in the database: a level-1
     * criterion valid today, or enough different level-2 ones.
     */
    private static final String ELIGIBLE = """
            (exists (select 1 from partners.participant_criterion c
                     join partners.eligibility_criterion e on e.code = c.criterion_code
                     where c.participant_id = p.id and e.level = 1 and :today between c.proof_date and c.valid_until)
             or (select count(distinct c.criterion_code) from partners.participant_criterion c
                 join partners.eligibility_criterion e on e.code = c.criterion_code
                 where c.participant_id = p.id and e.level = 2 and :today between c.proof_date and c.valid_until)
                >= :levelTwoRequired)""";

    private final String from;
    private final String where;
    private final Map<String, Object> params = new HashMap<>();

    ParticipantSearch(ParticipantFilter filter, LocalDate today, EligibilityRule rule) {
        String name = SearchKey.of(filter.text());
        StringBuilder conditions = new StringBuilder(" where true");
        if (name.length() >= TRIGRAM) {
            from = NAMED;
            params.put("text", SearchKey.containing(name));
        } else {
            from = ANY;
            if (!name.isEmpty()) {
                // Under three letters no trigram exists, the index would be read whole, and the text matches many
                // names: a plain scan counts faster, and walking the names in order finds a page at once.
                conditions.append(" and strpos(p.search_key, :text) > 0");
                params.put("text", name);
            }
        }
        if (filter.qpvResident() != null) {
            conditions.append(" and p.qpv_resident = :qpv");
            params.put("qpv", filter.qpvResident());
        }
        if (filter.referringOrganisation() != null) {
            conditions.append(" and p.referring_organisation = :organisation");
            params.put("organisation", filter.referringOrganisation().name());
        }
        if (filter.eligibleToday()) {
            conditions.append(" and ").append(ELIGIBLE);
            params.put("today", today);
            params.put("levelTwoRequired", rule.levelTwoCriteriaRequired());
        }
        drillDown(filter, today, conditions);
        where = conditions.toString();
    }

    /**
     * The dashboards' drill-down, the same conditions as PartnerIndicators counts: in a pathway during the period,
     * the age band on its last day, a criterion recorded by then, an exit in the period with that category.
     */
    private void drillDown(ParticipantFilter filter, LocalDate today, StringBuilder conditions) {
        LocalDate lastDay = filter.pathwayTo() != null ? filter.pathwayTo() : today;
        if (filter.pathwayFrom() != null || filter.pathwayTo() != null) {
            conditions.append(" and exists (select 1 from partners.pathway w where w.participant_id = p.id");
            if (filter.pathwayTo() != null) {
                conditions.append(" and w.entry_date <= :pathwayTo");
                params.put("pathwayTo", filter.pathwayTo());
            }
            if (filter.pathwayFrom() != null) {
                conditions.append(" and (w.exit_date is null or w.exit_date >= :pathwayFrom)");
                params.put("pathwayFrom", filter.pathwayFrom());
            }
            conditions.append(")");
        }
        if (filter.sex() != null) {
            conditions.append(" and p.sex = :sex");
            params.put("sex", filter.sex().name());
        }
        if (filter.ageBand() != null) {
            params.put("ageDay", lastDay);
            conditions.append(switch (filter.ageBand()) {
                case UNDER_26 -> " and p.birth_date > cast(:ageDay as date) - interval '26 years'";
                case FROM_26_TO_49 -> " and p.birth_date <= cast(:ageDay as date) - interval '26 years'"
                        + " and p.birth_date > cast(:ageDay as date) - interval '50 years'";
                case FROM_50 -> " and p.birth_date <= cast(:ageDay as date) - interval '50 years'";
            });
        }
        if (filter.residence() != null) {
            conditions.append(switch (filter.residence()) {
                case NANTERRE_QPV -> " and p.nanterre_resident and p.qpv_resident";
                case NANTERRE -> " and p.nanterre_resident and not p.qpv_resident";
                case ELSEWHERE -> " and not p.nanterre_resident";
            });
        }
        if (filter.criterion() != null) {
            conditions.append(" and exists (select 1 from partners.participant_criterion c"
                    + " where c.participant_id = p.id and c.criterion_code = :criterion and c.proof_date <= :criterionDay)");
            params.put("criterion", filter.criterion());
            params.put("criterionDay", lastDay);
        }
        if (filter.exit() != null) {
            conditions.append(" and exists (select 1 from partners.pathway x where x.participant_id = p.id"
                    + " and x.exit_category = :exitCategory");
            params.put("exitCategory", filter.exit().name());
            if (filter.pathwayFrom() != null) {
                conditions.append(" and x.exit_date >= :pathwayFrom");
                params.put("pathwayFrom", filter.pathwayFrom());
            }
            if (filter.pathwayTo() != null) {
                conditions.append(" and x.exit_date <= :pathwayTo");
                params.put("pathwayTo", filter.pathwayTo());
            }
            conditions.append(")");
        }
    }

    List<ParticipantRow> page(JdbcClient jdbc, Pageable page) {
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("limit", page.getPageSize());
        pageParams.put("offset", page.getOffset());
        return jdbc.sql(from.formatted(COLUMNS) + where + " order by " + order(page.getSort())
                        + " limit :limit offset :offset")
                .params(pageParams)
                .query(ParticipantSearch::row)
                .list();
    }

    /**
     * The page and its audit line in one statement: the line is inserted by a data-modifying CTE with the page's
     * row count, so that a grid's page costs one round trip to the database, atomic without a transaction of its
     * own (issue 14: the separate insert and the commit cost more than the page query). The rows keep the page's
     * order through their position.
     */
    List<ParticipantRow> pageLogged(JdbcClient jdbc, Pageable page, java.sql.Timestamp at, String username,
                                    String detailBefore, String detailAfter) {
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("limit", page.getPageSize());
        pageParams.put("offset", page.getOffset());
        pageParams.put("auditAt", at);
        pageParams.put("auditUser", username);
        pageParams.put("auditBefore", detailBefore);
        pageParams.put("auditAfter", detailAfter);
        return jdbc.sql("with page as (select q.*, row_number() over () as position from ("
                        + from.formatted(COLUMNS) + where + " order by " + order(page.getSort())
                        + " limit :limit offset :offset) q),"
                        + " logged as (insert into partners.audit_log (at, username, action, participant_id, detail)"
                        + " select :auditAt, :auditUser, 'LIST_SHOWN', null,"
                        + " :auditBefore || (select count(*) from page) || :auditAfter)"
                        + " select * from page order by position")
                .params(pageParams)
                .query(ParticipantSearch::row)
                .list();
    }

    long count(JdbcClient jdbc) {
        return jdbc.sql(from.formatted("count(*)") + where).params(params).query(Long.class).single();
    }

    /** By name unless another order is asked for; the id last, so that pages never overlap. */
    private static String order(Sort sort) {
        if (sort.isUnsorted()) {
            return "p.search_key, p.id";
        }
        return sort.stream().map(order -> {
            String column = SORTABLE.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Participants cannot be sorted by " + order.getProperty());
            }
            return "p." + column + (order.isAscending() ? " asc" : " desc");
        }).collect(Collectors.joining(", ")) + ", p.id";
    }

    private static ParticipantRow row(ResultSet row, int number) throws SQLException {
        return new ParticipantRow(row.getObject("id", UUID.class), row.getString("reference"),
                row.getString("last_name"), row.getString("first_name"), row.getObject("birth_date", LocalDate.class),
                Sex.valueOf(row.getString("sex")), row.getString("commune"), row.getBoolean("qpv_resident"),
                ReferringOrganisation.valueOf(row.getString("referring_organisation")),
                row.getObject("enrolled_on", LocalDate.class), row.getObject("anonymised_on") != null);
    }
}
