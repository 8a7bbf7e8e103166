package fr.nanterre.insertion.urbanrenewal.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.procurement.Compliance;
import fr.nanterre.insertion.urbanrenewal.project.CharterRate;
import fr.nanterre.insertion.urbanrenewal.project.CharterSettings;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter's progress per operation, per project owner and per project, and the yearly charter report. Two
 * set-based queries on urban renewal's own tables (its operations and links, and its copies of procurement's lots
 * and of facilitation's counted hours) whatever the number of operations; targets and statuses follow
 * {@link CharterRate} and {@link fr.nanterre.insertion.procurement.ComplianceStatus#judge}. Aggregates only, no
 * person: open to the department, administrators and viewers.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.URBAN_RENEWAL + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
public class CharterProgress {

    private final JdbcClient jdbc;
    private final ProjectRegister projects;
    private final CharterSettings settings;
    private final Clock clock;

    CharterProgress(JdbcClient jdbc, ProjectRegister projects, CharterSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws NoSuchElementException when there is no such project */
    @Transactional(readOnly = true)
    public ProjectProgress of(UUID projectId) {
        return on(projectId, LocalDate.now(clock));
    }

    /** The project as it stands on {@code day}, with every hour counted so far. */
    @Transactional(readOnly = true)
    public ProjectProgress on(UUID projectId, LocalDate day) {
        Project project = projects.find(projectId).orElseThrow(() -> new NoSuchElementException("No project " + projectId));
        List<Inputs> inputs = inputs(projectId);
        Map<String, Figures> figures = figures(projectId, inputs, Integer.MIN_VALUE, Integer.MAX_VALUE);
        List<OperationProgress> operations = new ArrayList<>();
        for (Inputs operation : inputs) {
            operations.add(operation.progress(day, figures.getOrDefault(operationKey(operation.id()), Figures.NONE)));
        }
        Map<String, List<OperationProgress>> byOwner = new LinkedHashMap<>();
        operations.forEach(o -> byOwner.computeIfAbsent(ownerKey(o.ownerKind(), o.ownerName()),
                key -> new ArrayList<>()).add(o));
        List<OwnerProgress> owners = new ArrayList<>();
        byOwner.forEach((key, ofOwner) -> owners.add(new OwnerProgress(ofOwner.getFirst().ownerKind(),
                ofOwner.getFirst().ownerName(), ofOwner.size(),
                sum(ofOwner, day, figures.getOrDefault(key, Figures.NONE)))));
        owners.sort(Comparator.comparingInt((OwnerProgress o) -> Standing.urgency(o.standing().status()))
                .thenComparing(o -> percent(o.standing())).thenComparing(OwnerProgress::ownerName));
        operations.sort(Comparator.comparingInt((OperationProgress o) -> Standing.urgency(o.standing().status()))
                .thenComparing(o -> percent(o.standing())).thenComparing(OperationProgress::name));
        return new ProjectProgress(project, day, sum(operations, day, figures.getOrDefault(TOTAL, Figures.NONE)),
                owners, operations);
    }

    /** One operation as it stands today, or empty when there is no such operation. */
    @Transactional(readOnly = true)
    public Optional<OperationProgress> ofOperation(UUID operationId) {
        Optional<UUID> projectId = jdbc.sql("select project_id from urban_renewal.operation where id = ?")
                .param(operationId).query(UUID.class).optional();
        return projectId.flatMap(project -> of(project).operations().stream()
                .filter(operation -> operation.operationId().equals(operationId)).findFirst());
    }

    /**
     * The yearly report: what was worked in {@code year}, and the Nanterre residents' hours up to its end against
     * the charter target, each status judged at the year's end (or today, in the current year).
     */
    @Transactional(readOnly = true)
    public CharterReport report(UUID projectId, int year) {
        Project project = projects.find(projectId).orElseThrow(() -> new NoSuchElementException("No project " + projectId));
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate day = today.isBefore(yearEnd) ? today : yearEnd;
        List<Inputs> inputs = inputs(projectId);
        Map<String, Figures> inYear = figures(projectId, inputs, year, year);
        Map<String, Figures> sinceStart = figures(projectId, inputs, Integer.MIN_VALUE, year);

        List<CharterReport.Line> operations = new ArrayList<>();
        Map<String, List<Inputs>> byOwner = new LinkedHashMap<>();
        Map<String, List<Inputs>> byCategory = new LinkedHashMap<>();
        inputs.stream().sorted(Comparator.comparing(Inputs::ownerName).thenComparing(Inputs::name)).forEach(o -> {
            String key = operationKey(o.id());
            operations.add(line(o.name(), o.ownerName(), List.of(o), day, inYear.getOrDefault(key, Figures.NONE),
                    sinceStart.getOrDefault(key, Figures.NONE)));
            byOwner.computeIfAbsent(ownerKey(o.ownerKind(), o.ownerName()), k -> new ArrayList<>()).add(o);
            byCategory.computeIfAbsent(categoryKey(o.category()), k -> new ArrayList<>()).add(o);
        });
        List<CharterReport.Line> owners = new ArrayList<>();
        byOwner.forEach((key, ofOwner) -> owners.add(line(ofOwner.getFirst().ownerName(), null, ofOwner, day,
                inYear.getOrDefault(key, Figures.NONE), sinceStart.getOrDefault(key, Figures.NONE))));
        List<CharterReport.Line> categories = new ArrayList<>();
        for (OperationCategory category : OperationCategory.values()) {
            List<Inputs> ofCategory = byCategory.get(categoryKey(category));
            if (ofCategory != null) {
                categories.add(line(category.name(), null, ofCategory, day,
                        inYear.getOrDefault(categoryKey(category), Figures.NONE),
                        sinceStart.getOrDefault(categoryKey(category), Figures.NONE)));
            }
        }
        CharterReport.Line total = line(project.name(), null, inputs, day, inYear.getOrDefault(TOTAL, Figures.NONE),
                sinceStart.getOrDefault(TOTAL, Figures.NONE));
        return new CharterReport(project, year, total, owners, categories, operations);
    }

    private CharterReport.Line line(String label, @Nullable String ownerName, List<Inputs> operations, LocalDate day,
                                    Figures inYear, Figures sinceStart) {
        Standing standing = sumInputs(operations, day, sinceStart);
        return new CharterReport.Line(label, ownerName, standing.charterTarget(), standing.clausesTarget(), inYear,
                sinceStart.nanterreHours(), standing.status());
    }

    private Standing sum(List<OperationProgress> operations, LocalDate day, Figures figures) {
        int target = 0;
        int clauses = 0;
        BigDecimal expected = BigDecimal.ZERO;
        for (OperationProgress operation : operations) {
            target += operation.standing().charterTarget();
            clauses += operation.standing().clausesTarget();
            expected = expected.add(operation.standing().expectedByNow());
        }
        return new Standing(target, clauses, expected,
                operations.stream().anyMatch(o -> day.isAfter(o.startDate())),
                !operations.isEmpty() && operations.stream().allMatch(o -> day.isAfter(o.endDate())), figures);
    }

    private Standing sumInputs(List<Inputs> operations, LocalDate day, Figures figures) {
        return sum(operations.stream().map(o -> o.progress(day, Figures.NONE)).toList(), day, figures);
    }

    private static BigDecimal percent(Standing standing) {
        BigDecimal percent = standing.percentOfTarget();
        return percent == null ? BigDecimal.valueOf(Long.MAX_VALUE) : percent;
    }

    /**
     * Each operation with its rate's inputs and its linked lots summed: hours of work (those entered by hand, else
     * the calculator's estimate, as {@link fr.nanterre.insertion.urbanrenewal.project.OperationLot#workHours()}
     * says), lots whose hours are unknown, and the clauses' targets.
     */
    private List<Inputs> inputs(UUID projectId) {
        return jdbc.sql("""
                        select o.id, o.name, o.owner_kind, o.owner_name, o.category, o.start_date, o.end_date,
                               o.rate_override_percent, p.charter_rate_percent,
                               coalesce(sum(coalesce(ll.manual_work_hours, pl.estimated_work_hours)), 0) as work_hours,
                               count(ll.lot_id) as lots,
                               count(ll.lot_id) filter (where coalesce(ll.manual_work_hours, pl.estimated_work_hours)
                                   is null) as lots_without_work_hours,
                               coalesce(sum(pl.clause_target_hours), 0) as clauses_target
                        from urban_renewal.operation o
                        join urban_renewal.project p on p.id = o.project_id
                        left join urban_renewal.linked_lot ll on ll.operation_id = o.id
                        left join urban_renewal.procured_lot pl on pl.lot_id = ll.lot_id
                        where o.project_id = :project
                        group by o.id, p.charter_rate_percent""")
                .param("project", projectId)
                .query(this::operationInputs).list();
    }

    private Inputs operationInputs(ResultSet rs, int row) throws SQLException {
        OperationCategory category = OperationCategory.valueOf(rs.getString("category"));
        BigDecimal rate = CharterRate.of(rs.getBigDecimal("rate_override_percent"), category,
                rs.getBigDecimal("charter_rate_percent"), settings);
        return new Inputs(rs.getObject("id", UUID.class), rs.getString("name"),
                OwnerKind.valueOf(rs.getString("owner_kind")), rs.getString("owner_name"), category,
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), rate,
                rs.getLong("work_hours"), rs.getInt("lots"), rs.getInt("lots_without_work_hours"),
                rs.getInt("clauses_target"));
    }

    /**
     * What was worked from {@code fromYear} to {@code toYear} on the clauses of the project's linked lots, per
     * operation, per owner, per category and in all, keyed as {@link #operationKey}, {@link #ownerKey},
     * {@link #categoryKey} and {@link #TOTAL}. Each person and each contract of employment is counted once at each
     * level, whatever the number of clauses or operations they worked on. The database returns the project's rows;
     * the levels are tallied here in one pass, since distinct counts over grouping sets make PostgreSQL sort every
     * group once per count.
     */
    private Map<String, Figures> figures(UUID projectId, List<Inputs> operations, int fromYear, int toYear) {
        Map<UUID, Inputs> byId = new HashMap<>();
        operations.forEach(operation -> byId.put(operation.id(), operation));
        Map<String, Tally> tallies = new HashMap<>();
        // people and placements numbered once, so that each level counts them in bit sets
        Map<UUID, Integer> people = new HashMap<>();
        Map<UUID, Integer> placements = new HashMap<>();
        jdbc.sql(PER_PLACEMENT)
                .param("project", projectId).param("from", fromYear).param("to", toYear)
                .query(rs -> {
                    Inputs operation = byId.get(rs.getObject("operation_id", UUID.class));
                    if (operation == null) {
                        return;
                    }
                    int placement = placements.computeIfAbsent(rs.getObject("placement_id", UUID.class),
                            id -> placements.size());
                    int participant = people.computeIfAbsent(rs.getObject("participant_id", UUID.class),
                            id -> people.size());
                    String residence = rs.getString("residence");
                    String sex = rs.getString("sex");
                    String ageBand = rs.getString("age_band");
                    BigDecimal hours = rs.getBigDecimal("hours");
                    for (String key : operation.levels()) {
                        tallies.computeIfAbsent(key, k -> new Tally())
                                .add(placement, participant, residence, sex, ageBand, hours);
                    }
                });
        Map<String, Figures> figures = new HashMap<>();
        tallies.forEach((key, tally) -> figures.put(key, tally.figures()));
        return figures;
    }

    /**
     * The hours each placement counted on each operation's clauses in the years, with the placement's profile: one
     * row per operation, clause, placement and year (grouping them here first costs more than it saves).
     */
    static final String PER_PLACEMENT = """
            select ll.operation_id, w.placement_id, w.participant_id, w.residence, w.sex, w.age_band, w.hours
            from urban_renewal.operation o
            join urban_renewal.linked_lot ll on ll.operation_id = o.id
            join urban_renewal.procured_lot pl on pl.lot_id = ll.lot_id
            join urban_renewal.clause_work w on w.clause_id = pl.clause_id
            where o.project_id = :project and w.year between :from and :to""";

    /** Hours summed, people and contracts counted once each, for one level. */
    private static final class Tally {

        private BigDecimal hours = BigDecimal.ZERO;
        private BigDecimal nanterreHours = BigDecimal.ZERO;
        private BigDecimal qpvHours = BigDecimal.ZERO;
        private final BitSet people = new BitSet();
        private final BitSet nanterrePeople = new BitSet();
        private final BitSet qpvPeople = new BitSet();
        private final BitSet women = new BitSet();
        private final BitSet under26 = new BitSet();
        private final BitSet over50 = new BitSet();
        private final BitSet contracts = new BitSet();

        void add(int placement, int participant, @Nullable String residence, @Nullable String sex,
                 @Nullable String ageBand, BigDecimal worked) {
            hours = hours.add(worked);
            people.set(participant);
            contracts.set(placement);
            if (NANTERRE_QPV.equals(residence)) {
                nanterreHours = nanterreHours.add(worked);
                nanterrePeople.set(participant);
                qpvHours = qpvHours.add(worked);
                qpvPeople.set(participant);
            } else if (NANTERRE.equals(residence)) {
                nanterreHours = nanterreHours.add(worked);
                nanterrePeople.set(participant);
            }
            if (FEMALE.equals(sex)) {
                women.set(participant);
            }
            if (UNDER_26.equals(ageBand)) {
                under26.set(participant);
            } else if (FROM_50.equals(ageBand)) {
                over50.set(participant);
            }
        }

        Figures figures() {
            return new Figures(hours, nanterreHours, qpvHours, people.cardinality(), nanterrePeople.cardinality(),
                    qpvPeople.cardinality(), women.cardinality(), under26.cardinality(), over50.cardinality(),
                    contracts.cardinality());
        }

        private static final String NANTERRE = Residence.NANTERRE.name();
        private static final String NANTERRE_QPV = Residence.NANTERRE_QPV.name();
        private static final String FEMALE = Sex.FEMALE.name();
        private static final String UNDER_26 = AgeBand.UNDER_26.name();
        private static final String FROM_50 = AgeBand.FROM_50.name();
    }

    private static final String TOTAL = "total";


    private static String operationKey(UUID operationId) {
        return "operation:" + operationId;
    }

    private static String ownerKey(OwnerKind kind, String name) {
        return "owner:" + kind + ":" + name;
    }

    private static String categoryKey(OperationCategory category) {
        return "category:" + category;
    }

    /** An operation's inputs, from which its target and its standing on a day follow. */
    private record Inputs(UUID id, String name, OwnerKind ownerKind, String ownerName, OperationCategory category,
                          LocalDate startDate, LocalDate endDate, BigDecimal ratePercent, long workHours, int lots,
                          int lotsWithoutWorkHours, int clausesTarget) {

        /** The keys of the levels the operation's figures count in: itself, its owner, its category, the project. */
        List<String> levels() {
            return List.of(operationKey(id), ownerKey(ownerKind, ownerName), categoryKey(category), TOTAL);
        }

        OperationProgress progress(LocalDate day, Figures figures) {
            int target = CharterRate.target(ratePercent, workHours);
            BigDecimal expected = BigDecimal.valueOf(target).multiply(Compliance.elapsedShare(startDate, endDate, day));
            return new OperationProgress(id, name, ownerKind, ownerName, category, startDate, endDate, ratePercent,
                    workHours, lots, lotsWithoutWorkHours, new Standing(target, clausesTarget, expected,
                    day.isAfter(startDate), day.isAfter(endDate), figures));
        }
    }
}
