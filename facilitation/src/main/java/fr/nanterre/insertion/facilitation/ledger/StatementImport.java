package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.platform.importing.ImportPreview;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader.Line;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a monthly statement (XLSX or CSV, one line per person and month) in two steps: a preview that gives
 * each line its verdict, then the import of all the valid lines in one transaction. A line already recorded
 * with the same hours is skipped, so importing the same file twice changes nothing.
 */
@Service
@PreAuthorize("hasRole('" + Roles.FACILITATOR + "')")
public class StatementImport {

    public enum Status { ACCEPTED, ALREADY_RECORDED, REJECTED }

    /** A line's verdict; {@code reason} is a message key when the line is rejected. */
    public record Verdict(int line, String reference, @Nullable YearMonth month, @Nullable BigDecimal hours,
                          @Nullable UUID placementId, Status status, @Nullable String reason) {
    }

    public record Preview(String fileName, List<Verdict> lines, @Nullable String fileError)
            implements ImportPreview<Verdict> {

        public List<Verdict> accepted() {
            return lines.stream().filter(v -> v.status() == Status.ACCEPTED).toList();
        }

        public long count(Status status) {
            return lines.stream().filter(v -> v.status() == status).count();
        }

        @Override
        public boolean accepts(Verdict line) {
            return line.status() == Status.ACCEPTED;
        }

        /** Lines already recorded with the same hours are skipped, neither imported nor refused. */
        @Override
        public boolean rejects(Verdict line) {
            return line.status() == Status.REJECTED;
        }
    }

    private record Known(UUID placementId, LocalDate start, @Nullable LocalDate end) {
    }

    /** A statement's columns, found by their header in French or English, accents and case aside. */
    enum Column {
        REFERENCE(List.of("reference"), List.of("participant")),
        MONTH(List.of("mois", "month"), List.of()),
        HOURS(List.of("heures", "hours"), List.of());

        /** A header starting with one of these names the column ("Référence participant", "Heures travaillées"). */
        private final List<String> prefixes;
        /** A header equal to one of these names it too. */
        private final List<String> headers;

        Column(List<String> prefixes, List<String> headers) {
            this.prefixes = prefixes;
            this.headers = headers;
        }

        boolean names(String header) {
            return headers.contains(header) || prefixes.stream().anyMatch(header::startsWith);
        }
    }

    private static final List<DateTimeFormatter> MONTHS = List.of(DateTimeFormatter.ofPattern("MM/uuuu"),
            DateTimeFormatter.ofPattern("uuuu-MM"), DateTimeFormatter.ofPattern("M/uuuu"));

    private final JdbcClient jdbc;
    private final Statements statements;
    private final CountingSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    StatementImport(JdbcClient jdbc, Statements statements, CountingSettings settings, CurrentUser currentUser,
                    Clock clock) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Preview preview(String fileName, byte[] content) {
        SpreadsheetReader.Content file = SpreadsheetReader.content(fileName, content);
        if (file.problem() != null) {
            return new Preview(fileName, List.of(), file.problem());
        }
        List<Line> lines = file.lines();
        Map<Column, Integer> columns = columns(lines.getFirst());
        if (columns.size() < Column.values().length) {
            return new Preview(fileName, List.of(), "facilitation.statement.file.columns");
        }
        List<Line> body = lines.subList(1, lines.size());
        Set<String> references = new HashSet<>();
        body.forEach(line -> references.add(normalised(cell(line, columns, Column.REFERENCE))));
        Map<String, List<Known>> placements = placementsOf(references);
        Set<LocalDate> months = new HashSet<>();
        body.forEach(line -> {
            try {
                months.add(month(cell(line, columns, Column.MONTH)).atDay(1));
            } catch (DateTimeParseException unreadable) {
                // that line is rejected on its own below
            }
        });
        Map<String, BigDecimal> recorded = recordedHours(placements, months);
        Set<String> seen = new HashSet<>();
        List<Verdict> verdicts = new ArrayList<>(body.size());
        for (Line line : body) {
            verdicts.add(check(line, columns, placements, recorded, seen));
        }
        return new Preview(fileName, verdicts, null);
    }

    /**
     * Records the preview's accepted lines as one received statement; none at all when nothing is accepted.
     *
     * @return the statement as stored, with the version the database holds
     */
    @Transactional
    public @Nullable Statement apply(Preview preview) {
        List<Verdict> accepted = preview.accepted();
        if (accepted.isEmpty()) {
            return null;
        }
        String user = currentUser.name();
        Statement statement = statements.save(Statement.received(preview.fileName(), accepted.size(), user,
                clock.instant()));
        // one statement for all the lines, as arrays: a 100,000-line statement goes in without 100,000 round trips
        jdbc.sql("""
                        insert into facilitation.hours_entry (placement_id, month, hours, statement_id, entered_by)
                        select placement, month, hours, :statement, :user
                        from unnest(cast(:placements as uuid[]), cast(:months as date[]), cast(:hours as numeric[]))
                            as line(placement, month, hours)""")
                .param("statement", statement.id()).param("user", user)
                .param("placements", accepted.stream().map(Verdict::placementId).toArray(UUID[]::new))
                .param("months", accepted.stream().map(v -> v.month().atDay(1).toString()).toArray(String[]::new))
                .param("hours", accepted.stream().map(v -> v.hours().toPlainString()).toArray(String[]::new))
                .update();
        return statement;
    }

    private Verdict check(Line line, Map<Column, Integer> columns, Map<String, List<Known>> placements,
                          Map<String, BigDecimal> recorded, Set<String> seen) {
        String reference = normalised(cell(line, columns, Column.REFERENCE));
        YearMonth month;
        try {
            month = month(cell(line, columns, Column.MONTH));
        } catch (DateTimeParseException notAMonth) {
            return rejected(line, reference, null, null, "facilitation.statement.reason.month");
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(cell(line, columns, Column.HOURS).replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return rejected(line, reference, month, null, "facilitation.statement.reason.hours");
        }
        if (hours.signum() < 0) {
            return rejected(line, reference, month, hours, "facilitation.statement.reason.negative");
        }
        if (hours.compareTo(settings.maxMonthlyHours()) > 0) {
            return rejected(line, reference, month, hours, "facilitation.statement.reason.implausible");
        }
        List<Known> known = placements.get(reference);
        if (known == null) {
            return rejected(line, reference, month, hours, "facilitation.statement.reason.unknown-person");
        }
        Known placement = known.stream().filter(k -> !k.start().isAfter(month.atEndOfMonth())
                && (k.end() == null || !k.end().isBefore(month.atDay(1)))).findFirst().orElse(null);
        if (placement == null) {
            return rejected(line, reference, month, hours, "facilitation.statement.reason.outside-placement");
        }
        if (!seen.add(reference + "/" + month)) {
            return rejected(line, reference, month, hours, "facilitation.statement.reason.duplicate");
        }
        BigDecimal already = recorded.get(placement.placementId() + "/" + month);
        if (already != null) {
            return already.compareTo(hours) == 0
                    ? new Verdict(line.number(), reference, month, hours, placement.placementId(),
                    Status.ALREADY_RECORDED, null)
                    : rejected(line, reference, month, hours, "facilitation.statement.reason.conflict");
        }
        return new Verdict(line.number(), reference, month, hours, placement.placementId(), Status.ACCEPTED, null);
    }

    private static Verdict rejected(Line line, String reference, @Nullable YearMonth month,
                                    @Nullable BigDecimal hours, String reason) {
        return new Verdict(line.number(), reference, month, hours, null, Status.REJECTED, reason);
    }

    /** Each column's index, from the header; a header names the first column it fits that is not found yet. */
    private static Map<Column, Integer> columns(Line header) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = SearchKey.of(header.cell(i));
            int index = i;
            Arrays.stream(Column.values()).filter(column -> !found.containsKey(column) && column.names(name))
                    .findFirst().ifPresent(column -> found.put(column, index));
        }
        return found;
    }

    private static String cell(Line line, Map<Column, Integer> columns, Column column) {
        return line.cell(columns.get(column));
    }

    static YearMonth month(String text) {
        for (DateTimeFormatter format : MONTHS) {
            try {
                return YearMonth.parse(text.strip(), format);
            } catch (DateTimeParseException tryNext) {
                // the next format may read it
            }
        }
        throw new DateTimeParseException("Not a month", text, 0);
    }

    private static String normalised(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    private Map<String, List<Known>> placementsOf(Set<String> references) {
        Map<String, List<Known>> placements = new HashMap<>();
        if (references.isEmpty()) {
            return placements;
        }
        jdbc.sql("""
                        select id, participant_reference, start_date, end_date from facilitation.placement
                        join unnest(cast(:references as varchar[])) as named(reference)
                            on named.reference = participant_reference""")
                .param("references", references.toArray(String[]::new))
                .query((rs, row) -> {
                    placements.computeIfAbsent(rs.getString("participant_reference"), r -> new ArrayList<>())
                            .add(new Known(rs.getObject("id", UUID.class), rs.getObject("start_date",
                                    LocalDate.class), rs.getObject("end_date", LocalDate.class)));
                    return null;
                }).list();
        return placements;
    }

    /** The hours already recorded for these placements in the file's months only (not their whole history). */
    private Map<String, BigDecimal> recordedHours(Map<String, List<Known>> placements, Set<LocalDate> months) {
        UUID[] ids = placements.values().stream().flatMap(List::stream).map(Known::placementId)
                .toArray(UUID[]::new);
        Map<String, BigDecimal> recorded = new HashMap<>();
        if (ids.length == 0 || months.isEmpty()) {
            return recorded;
        }
        jdbc.sql("""
                        select placement_id, month, hours from facilitation.hours_entry
                        join unnest(cast(:ids as uuid[])) as known(placement) on known.placement = placement_id
                        where month = any (cast(:months as date[]))""")
                .param("ids", ids).param("months", months.stream().map(LocalDate::toString).toArray(String[]::new))
                .query((rs, row) -> recorded.put(rs.getObject("placement_id", UUID.class) + "/"
                        + YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getBigDecimal("hours")))
                .list();
        return recorded;
    }
}
