package fr.nanterre.insertion.facilitation.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;

import fr.nanterre.insertion.facilitation.company.CompanyScope;
import fr.nanterre.insertion.partners.IdentityKey;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.platform.importing.ImportPreview;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader.Line;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a monthly statement (XLSX or CSV, one line per person and month) in two steps: a preview that gives
 * each line its verdict, then the import of all the valid lines in one transaction. A line already recorded
 * with the same hours is skipped, so importing the same file twice changes nothing.
 * <p>
 * A line names its person by participant reference when it has one; otherwise by surname, first name and birth
 * date, which partners resolves ({@link ParticipantRegistry#matchIdentities}) among the participants placed with
 * the sending employer. The employer is the file's SIRET column or the one chosen in the dialog, and a line only
 * counts on that employer's placements.
 */
@Service
@PreAuthorize("hasRole('" + Roles.FACILITATOR + "')")
public class StatementImport {

    public enum Status { ACCEPTED, ALREADY_RECORDED, REJECTED }

    /** The contract type written on a line, when it differs from the placement's (a warning, not a rejection). */
    public record ContractWarning(String onLine, String onPlacement) {
    }

    /** A line's verdict; {@code reason} is a message key when the line is rejected. */
    public record Verdict(int line, String reference, @Nullable YearMonth month, @Nullable BigDecimal hours,
                          @Nullable UUID placementId, Status status, @Nullable String reason,
                          @Nullable ContractWarning contractWarning) {

        Verdict(int line, String reference, @Nullable YearMonth month, @Nullable BigDecimal hours,
                @Nullable UUID placementId, Status status, @Nullable String reason) {
            this(line, reference, month, hours, placementId, status, reason, null);
        }
    }

    /**
     * What the import would do with a file.
     *
     * @param employerSiret the sending employer, from the file or chosen; null when neither names one
     * @param headers       the cells of the header row (or of the likeliest one, when the columns were not found)
     * @param columns       the header each column was found under
     * @param mapping       the headers the facilitator mapped for this file, remembered for the employer on import
     */
    public record Preview(String fileName, List<Verdict> lines, @Nullable String fileError,
                          @Nullable String employerSiret, List<String> headers, Map<Column, String> columns,
                          Map<String, Column> mapping) implements ImportPreview<Verdict> {

        public Preview(String fileName, List<Verdict> lines, @Nullable String fileError) {
            this(fileName, lines, fileError, null, List.of(), Map.of(), Map.of());
        }

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

    /** An employer of the placements, to choose the sender of a statement that has no SIRET column. */
    public record Employer(String siret, String name) {
    }

    /** A person's or a placement's month: what a line may name once, and what the ledger holds once. */
    private record Worked(UUID id, YearMonth month) {
    }

    private record Known(UUID placementId, UUID participantId, String reference, String employerSiret,
                         LocalDate start, @Nullable LocalDate end, @Nullable String contractType) {

        boolean covers(YearMonth month) {
            return !start.isAfter(month.atEndOfMonth()) && (end == null || !end.isBefore(month.atDay(1)));
        }
    }

    /**
     * A statement's columns, found by their header in French or English, accents, case and punctuation aside.
     * A header names the first column it fits that is not found yet.
     */
    public enum Column {
        SIRET(List.of("siret", "n siret", "no siret", "numero siret", "num siret"), List.of()),
        REFERENCE(List.of("reference"), List.of("participant", "ref", "ref participant")),
        LAST_NAME(List.of(), List.of("nom", "nom de naissance", "nom de famille", "nom d usage", "nom du salarie",
                "nom salarie", "last name", "lastname", "surname", "family name", "name")),
        FIRST_NAME(List.of("prenom", "first name", "firstname", "given name"), List.of()),
        BIRTH_DATE(List.of("date de naissance", "date naissance", "naissance", "date of birth", "birth date",
                "birthdate", "ne le", "nee le", "ne e le"), List.of("dob")),
        MONTH(List.of("mois", "month", "periode", "period"), List.of()),
        HOURS(List.of("heures", "hours", "nb heures", "nb d heures", "nombre d heures", "nombre heures",
                "nbre heures", "nbre d heures", "hours worked", "worked hours"), List.of("nb h", "h")),
        CONTRACT(List.of("contrat", "type de contrat", "type contrat", "contract"), List.of());

        /** A header starting with one of these names the column ("Référence participant", "Heures travaillées"). */
        private final List<String> prefixes;
        /** A header equal to one of these names it too. */
        private final List<String> headers;

        Column(List<String> prefixes, List<String> headers) {
            this.prefixes = prefixes;
            this.headers = headers;
        }

        boolean names(String header) {
            return headers.contains(header) || prefixes.stream().anyMatch(prefix -> header.equals(prefix)
                    || header.startsWith(prefix + " ") || header.startsWith(prefix) && prefix.length() > 4);
        }

        /** A header as it is compared: lower case, no accents, words separated by single spaces. */
        public static String key(String header) {
            return SearchKey.of(header).replaceAll("[^a-z0-9]+", " ").strip();
        }
    }

    /** How far a preview is once the people are found and the hours already recorded read. */
    private static final double PEOPLE_FOUND = 0.5;
    /** A preview's progress is told every this many lines. */
    private static final int PROGRESS_LINES = 1_000;

    /** A title or a blank line may come above the header: it is looked for on the first lines. */
    private static final int HEADER_SEARCH_LINES = 20;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final List<DateTimeFormatter> MONTHS = List.of(DateTimeFormatter.ofPattern("MM/uuuu"),
            DateTimeFormatter.ofPattern("uuuu-MM"), DateTimeFormatter.ofPattern("M/uuuu"),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM uuuu").toFormatter(Locale.FRENCH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM uuuu").toFormatter(Locale.ENGLISH));
    /** Strict: 31/02/1990 is unreadable, not the 28th of February. */
    private static final List<DateTimeFormatter> DATES = List.of(strict("dd/MM/uuuu"), strict("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE, strict("dd-MM-uuuu"), strict("dd.MM.uuuu"));

    private final JdbcClient jdbc;
    private final Statements statements;
    private final CountingSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ParticipantRegistry registry;
    private final StatementColumnMappings mappings;
    private final CompanyScope company;

    StatementImport(JdbcClient jdbc, Statements statements, CountingSettings settings, CurrentUser currentUser,
                    Clock clock, ParticipantRegistry registry, StatementColumnMappings mappings,
                    CompanyScope company) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.registry = registry;
        this.mappings = mappings;
        this.company = company;
    }

    /**
     * A company's own statement, sent from its portal: the same preview as a facilitator's import, for one of the
     * SIRETs the logged-in account speaks for, and only that one (its lines only count on that employer's
     * placements).
     *
     * @throws AccessDeniedException when the account does not speak for that SIRET
     */
    @PreAuthorize("hasRole('" + Roles.COMPANY + "')")
    @Transactional
    public Preview previewForCompany(String fileName, byte[] content, String employerSiret,
                                     DoubleConsumer progress) {
        if (!company.owns(digits(employerSiret))) {
            throw new AccessDeniedException("This account does not speak for " + employerSiret);
        }
        return preview(fileName, content, employerSiret, Map.of(), progress);
    }

    /** One of the logged-in company's statements; empty for another employer's. */
    @PreAuthorize("hasRole('" + Roles.COMPANY + "')")
    @Transactional(readOnly = true)
    public Optional<Statement> companyStatement(UUID statementId) {
        Set<String> sirets = company.sirets();
        return statements.findById(statementId)
                .filter(statement -> statement.employerSiret() != null && sirets.contains(statement.employerSiret()));
    }

    /** One page of the logged-in company's statements, the newest first. */
    @PreAuthorize("hasRole('" + Roles.COMPANY + "')")
    @Transactional(readOnly = true)
    public List<Statement> companyStatements(Pageable page) {
        List<UUID> ids = jdbc.sql("""
                        select id from facilitation.statement where employer_siret = any(cast(:sirets as char(14)[]))
                        order by received_at desc, id limit :limit offset :offset""")
                .param("sirets", company.sirets().toArray(String[]::new))
                .param("limit", page.isPaged() ? page.getPageSize() : Integer.MAX_VALUE)
                .param("offset", page.isPaged() ? page.getOffset() : 0)
                .query(UUID.class).list();
        Map<UUID, Statement> found = new HashMap<>();
        statements.findAllById(ids).forEach(statement -> found.put(statement.id(), statement));
        return ids.stream().map(found::get).toList();
    }

    /**
     * Records a company's previewed statement, received like a file the MEF imports, with its origin; every
     * accepted line must be a placement of the preview's employer, which the account must speak for.
     *
     * @throws AccessDeniedException otherwise
     */
    @PreAuthorize("hasRole('" + Roles.COMPANY + "')")
    @Transactional
    public @Nullable Statement applyForCompany(Preview preview, StatementOrigin origin) {
        String employer = preview.employerSiret();
        if (employer == null || !company.owns(employer)) {
            throw new AccessDeniedException("This account does not speak for the statement's employer");
        }
        UUID[] placements = preview.accepted().stream().map(Verdict::placementId).distinct().toArray(UUID[]::new);
        long theirs = jdbc.sql("""
                        select count(*) from facilitation.placement
                        where id = any(cast(:ids as uuid[])) and employer_siret = :siret""")
                .param("ids", placements).param("siret", employer).query(Long.class).single();
        if (theirs != placements.length) {
            throw new AccessDeniedException("A line names a placement with another employer");
        }
        return record(preview, origin);
    }

    /** The file as it came, the employer taken from its SIRET column, its columns recognised by their headers. */
    @Transactional
    public Preview preview(String fileName, byte[] content) {
        return preview(fileName, content, null, Map.of());
    }

    /**
     * @param employerSiret the employer chosen in the dialog, or null to take it from the file
     * @param mapping       header (as typed, or its {@link Column#key}) → column, for headers not recognised; the
     *                      employer's remembered mapping applies too, this one first
     */
    @Transactional // not read-only: resolving identities writes the audit log in partners
    public Preview preview(String fileName, byte[] content, @Nullable String employerSiret,
                           Map<String, Column> mapping) {
        return preview(fileName, content, employerSiret, mapping, done -> {
        });
    }

    /**
     * Like the other, telling {@code progress} how far it is, from 0 to 1: the file read (a tenth), the people
     * found (two fifths), the hours already recorded read (half), then the lines checked a thousand at a time.
     */
    @Transactional
    public Preview preview(String fileName, byte[] content, @Nullable String employerSiret,
                           Map<String, Column> mapping, DoubleConsumer progress) {
        SpreadsheetReader.Content file = SpreadsheetReader.content(fileName, content);
        progress.accept(0.1);
        if (file.problem() != null) {
            return new Preview(fileName, List.of(), file.problem());
        }
        List<Line> lines = file.lines();
        String chosen = employerSiret == null || employerSiret.isBlank() ? null : digits(employerSiret);
        Map<String, Column> given = new HashMap<>();
        mapping.forEach((header, column) -> given.put(Column.key(header), column));
        Map<String, Column> effective = new HashMap<>();
        String mappedFor = chosen != null ? chosen : siretBelowHeader(lines, given);
        if (mappedFor != null) {
            effective.putAll(mappings.of(mappedFor));
        }
        effective.putAll(given);

        int headerIndex = headerIndex(lines, effective);
        if (headerIndex < 0) {
            Line likeliest = likeliestHeader(lines);
            return new Preview(fileName, List.of(), "facilitation.statement.file.columns", chosen,
                    likeliest == null ? List.of() : likeliest.cells(), headersOf(likeliest, effective), given);
        }
        Line header = lines.get(headerIndex);
        Map<Column, Integer> columns = columns(header, effective);
        List<Line> body = lines.subList(headerIndex + 1, lines.size()).stream()
                .filter(line -> line.cells().stream().anyMatch(cell -> !cell.isBlank())).toList();

        String employer = chosen;
        if (columns.containsKey(Column.SIRET)) {
            Set<String> sirets = new LinkedHashSet<>();
            body.forEach(line -> {
                String siret = digits(cell(line, columns, Column.SIRET));
                if (!siret.isEmpty()) {
                    sirets.add(siret);
                }
            });
            if (sirets.size() > 1) {
                return refused(fileName, "facilitation.statement.file.several-employers", chosen, header, columns,
                        given);
            }
            if (sirets.size() == 1) {
                String inFile = sirets.iterator().next();
                if (chosen != null && !chosen.equals(inFile)) {
                    return refused(fileName, "facilitation.statement.file.other-employer", chosen, header, columns,
                            given);
                }
                employer = inFile;
            }
        }
        boolean byIdentity = byIdentity(columns) && (!columns.containsKey(Column.REFERENCE)
                || body.stream().anyMatch(line -> cell(line, columns, Column.REFERENCE).isBlank()));
        if (byIdentity && employer == null) {
            return refused(fileName, "facilitation.statement.file.employer", null, header, columns, given);
        }
        if (employer != null && !employer.matches("[0-9]{14}")) {
            return refused(fileName, "facilitation.statement.file.siret", null, header, columns, given);
        }

        Resolution people = resolve(body, columns, employer);
        progress.accept(0.4);
        Set<LocalDate> months = new HashSet<>();
        body.forEach(line -> {
            try {
                months.add(month(cell(line, columns, Column.MONTH)).atDay(1));
            } catch (DateTimeParseException unreadable) {
                // that line is rejected on its own below
            }
        });
        Map<Worked, BigDecimal> recorded = recordedHours(people.placementIds(), months);
        Set<Worked> seen = HashSet.newHashSet(body.size());
        List<Verdict> verdicts = new ArrayList<>(body.size());
        progress.accept(PEOPLE_FOUND);
        for (Line line : body) {
            verdicts.add(check(line, columns, employer, people, recorded, seen));
            if (verdicts.size() % PROGRESS_LINES == 0) {
                progress.accept(PEOPLE_FOUND + (1 - PEOPLE_FOUND) * verdicts.size() / body.size());
            }
        }
        progress.accept(1);
        return new Preview(fileName, verdicts, null, employer, header.cells(), headersOf(header, effective), given);
    }

    /**
     * One page of the employers of the placements (the possible senders of a statement) whose name or SIRET
     * contain the text, by name: the dialog's field searches them as the facilitator types.
     */
    @Transactional(readOnly = true)
    public List<Employer> employers(@Nullable String text, Pageable page) {
        return jdbc.sql("""
                        select employer_siret, min(employer_name) as name from facilitation.placement
                        where cast(:pattern as varchar) is null or employer_name ilike :pattern
                           or employer_siret like :pattern
                        group by employer_siret order by min(employer_name), employer_siret
                        limit :limit offset :offset""")
                .param("pattern", employerPattern(text)).param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((row, number) -> new Employer(row.getString("employer_siret"), row.getString("name")))
                .list();
    }

    @Transactional(readOnly = true)
    public long countEmployers(@Nullable String text) {
        return jdbc.sql("""
                        select count(distinct employer_siret) from facilitation.placement
                        where cast(:pattern as varchar) is null or employer_name ilike :pattern
                           or employer_siret like :pattern""")
                .param("pattern", employerPattern(text)).query(Long.class).single();
    }

    /** The name an employer has on its placements, if it has any. */
    @Transactional(readOnly = true)
    public Optional<String> employerName(String siret) {
        return jdbc.sql("select min(employer_name) from facilitation.placement where employer_siret = ?")
                .param(siret).query(String.class).optional();
    }

    private static @Nullable String employerPattern(@Nullable String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The columns remembered for an employer's statements: header (compared form) → column. */
    @Transactional(readOnly = true)
    public Map<String, Column> rememberedColumns(String employerSiret) {
        return mappings.of(digits(employerSiret));
    }

    /**
     * Records the preview's accepted lines as one received statement; none at all when nothing is accepted. The
     * columns the facilitator mapped are remembered for the employer.
     *
     * @return the statement as stored, with the version the database holds
     */
    @Transactional
    public @Nullable Statement apply(Preview preview) {
        String user = currentUser.name();
        if (preview.employerSiret() != null && !preview.mapping().isEmpty()) {
            mappings.remember(preview.employerSiret(), preview.mapping(), user, clock.instant());
        }
        return record(preview, StatementOrigin.MEF_FILE);
    }

    /** Records the accepted lines as one received statement. */
    private @Nullable Statement record(Preview preview, StatementOrigin origin) {
        String user = currentUser.name();
        List<Verdict> accepted = preview.accepted();
        if (accepted.isEmpty()) {
            return null;
        }
        Statement statement = statements.save(Statement.received(preview.fileName(), accepted.size(), user,
                clock.instant(), origin, preview.employerSiret()));
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

    /**
     * Who the lines name. {@code byReference}: every placement of each reference (any employer); {@code byId}:
     * the employer's placements of each participant; {@code identities}: what partners matched for each identity
     * among the employer's placed participants; {@code placedElsewhere}: identities matched only among the
     * participants placed with other employers.
     */
    private record Resolution(Map<String, List<Known>> byReference, Map<UUID, List<Known>> byId,
                              Map<IdentityKey, List<UUID>> identities, Set<IdentityKey> placedElsewhere,
                              Map<Integer, IdentityKey> keyOfLine) {

        Collection<UUID> placementIds() {
            Set<UUID> ids = new HashSet<>();
            byReference.values().forEach(known -> known.forEach(k -> ids.add(k.placementId())));
            byId.values().forEach(known -> known.forEach(k -> ids.add(k.placementId())));
            return ids;
        }
    }

    private Resolution resolve(List<Line> body, Map<Column, Integer> columns, @Nullable String employer) {
        Set<String> references = new HashSet<>();
        Set<IdentityKey> keys = new LinkedHashSet<>();
        Map<Integer, IdentityKey> keyOfLine = new HashMap<>();
        for (Line line : body) {
            String reference = reference(line, columns);
            if (!reference.isEmpty()) {
                references.add(reference);
            } else if (byIdentity(columns)) {
                IdentityKey key = identity(line, columns);
                if (key != null) {
                    keys.add(key);
                    keyOfLine.put(line.number(), key);
                }
            }
        }
        Map<String, List<Known>> byReference = placementsOfReferences(references);
        Map<UUID, List<Known>> byId = new HashMap<>();
        Map<IdentityKey, List<UUID>> identities = Map.of();
        Set<IdentityKey> placedElsewhere = new HashSet<>();
        if (!keys.isEmpty() && employer != null) {
            placementsOfEmployer(employer).forEach(known ->
                    byId.computeIfAbsent(known.participantId(), id -> new ArrayList<>()).add(known));
            identities = registry.matchIdentities(byId.keySet(), keys);
            List<IdentityKey> unmatched = identities.entrySet().stream().filter(e -> e.getValue().isEmpty())
                    .map(Map.Entry::getKey).toList();
            // a company is not told whether a person it does not employ is placed with another employer
            if (!unmatched.isEmpty() && !company.isCompany()) {
                List<UUID> elsewhere = participantsPlacedElsewhere(employer);
                if (!elsewhere.isEmpty()) {
                    registry.matchIdentities(elsewhere, unmatched).forEach((key, ids) -> {
                        if (!ids.isEmpty()) {
                            placedElsewhere.add(key);
                        }
                    });
                }
            }
        }
        return new Resolution(byReference, byId, identities, placedElsewhere, keyOfLine);
    }

    private Verdict check(Line line, Map<Column, Integer> columns, @Nullable String employer, Resolution people,
                          Map<Worked, BigDecimal> recorded, Set<Worked> seen) {
        String reference = reference(line, columns);
        String shown = reference.isEmpty() ? written(line, columns) : reference;
        YearMonth month;
        try {
            month = month(cell(line, columns, Column.MONTH));
        } catch (DateTimeParseException notAMonth) {
            return rejected(line, shown, null, null, "facilitation.statement.reason.month");
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(cell(line, columns, Column.HOURS).replace(" ", "").replace("\u00a0", "")
                    .replace("\u202f", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return rejected(line, shown, month, null, "facilitation.statement.reason.hours");
        }
        if (hours.signum() < 0) {
            return rejected(line, shown, month, hours, "facilitation.statement.reason.negative");
        }
        if (hours.compareTo(settings.maxMonthlyHours()) > 0) {
            return rejected(line, shown, month, hours, "facilitation.statement.reason.implausible");
        }
        List<Known> known;
        if (!reference.isEmpty()) {
            List<Known> all = people.byReference().get(reference);
            if (all == null) {
                return rejected(line, shown, month, hours, "facilitation.statement.reason.unknown-person");
            }
            known = employer == null ? all : all.stream().filter(k -> k.employerSiret().equals(employer)).toList();
            if (known.isEmpty()) {
                return rejected(line, shown, month, hours, "facilitation.statement.reason.not-placed-here");
            }
        } else if (!byIdentity(columns)) {
            return rejected(line, shown, month, hours, "facilitation.statement.reason.unknown-person");
        } else {
            IdentityKey key = people.keyOfLine().get(line.number());
            if (key == null) {
                return rejected(line, shown, month, hours, "facilitation.statement.reason.birth-date");
            }
            List<UUID> matched = people.identities().getOrDefault(key, List.of());
            if (matched.size() > 1) {
                return rejected(line, shown, month, hours, "facilitation.statement.reason.several-people");
            }
            if (matched.isEmpty()) {
                return rejected(line, shown, month, hours, people.placedElsewhere().contains(key)
                        ? "facilitation.statement.reason.not-placed-here"
                        : "facilitation.statement.reason.unknown-person");
            }
            known = people.byId().getOrDefault(matched.getFirst(), List.of());
            shown = known.isEmpty() ? shown : known.getFirst().reference();
        }
        Known placement = known.stream().filter(k -> k.covers(month)).findFirst().orElse(null);
        if (placement == null) {
            return rejected(line, shown, month, hours, "facilitation.statement.reason.outside-placement");
        }
        if (!seen.add(new Worked(placement.participantId(), month))) {
            return rejected(line, shown, month, hours, "facilitation.statement.reason.duplicate");
        }
        ContractWarning warning = contractWarning(line, columns, placement);
        BigDecimal already = recorded.get(new Worked(placement.placementId(), month));
        if (already != null) {
            return already.compareTo(hours) == 0
                    ? new Verdict(line.number(), shown, month, hours, placement.placementId(),
                    Status.ALREADY_RECORDED, null, warning)
                    : rejected(line, shown, month, hours, "facilitation.statement.reason.conflict");
        }
        return new Verdict(line.number(), shown, month, hours, placement.placementId(), Status.ACCEPTED, null,
                warning);
    }

    private static Verdict rejected(Line line, String reference, @Nullable YearMonth month,
                                    @Nullable BigDecimal hours, String reason) {
        return new Verdict(line.number(), reference, month, hours, null, Status.REJECTED, reason);
    }

    private static Preview refused(String fileName, String error, @Nullable String employer, Line header,
                                   Map<Column, Integer> columns, Map<String, Column> given) {
        Map<Column, String> found = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> found.put(column, header.cell(index)));
        return new Preview(fileName, List.of(), error, employer, header.cells(), found, given);
    }

    /** The line's contract type, when it has one and it is not the placement's. */
    private static @Nullable ContractWarning contractWarning(Line line, Map<Column, Integer> columns, Known placement) {
        if (!columns.containsKey(Column.CONTRACT) || placement.contractType() == null) {
            return null;
        }
        String onLine = cell(line, columns, Column.CONTRACT).strip();
        if (onLine.isEmpty() || onLine.equalsIgnoreCase(placement.contractType())) {
            return null;
        }
        String written = compact(onLine);
        String expected = compact(placement.contractType());
        if (written.isEmpty() || written.contains(expected)) {
            return null;
        }
        return new ContractWarning(onLine, placement.contractType());
    }

    private static String compact(String text) {
        return SearchKey.of(text).replaceAll("[^a-z0-9]", "");
    }

    /** Whether the file names people by surname, first name and birth date. */
    private static boolean byIdentity(Map<Column, Integer> columns) {
        return columns.containsKey(Column.LAST_NAME) || columns.containsKey(Column.FIRST_NAME)
                || columns.containsKey(Column.BIRTH_DATE);
    }

    /** The index of the header line: the first with the month, the hours, and the reference or the identity. */
    private static int headerIndex(List<Line> lines, Map<String, Column> mapping) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_LINES); i++) {
            Map<Column, Integer> found = columns(lines.get(i), mapping);
            if (found.containsKey(Column.MONTH) && found.containsKey(Column.HOURS)
                    && (found.containsKey(Column.REFERENCE) || found.containsKey(Column.LAST_NAME)
                    && found.containsKey(Column.FIRST_NAME) && found.containsKey(Column.BIRTH_DATE))) {
                return i;
            }
        }
        return -1;
    }

    /** When the header is not found: the first of the fullest lines on top, a title above it having one cell. */
    private static @Nullable Line likeliestHeader(List<Line> lines) {
        Line likeliest = null;
        long most = 0;
        for (Line line : lines.subList(0, Math.min(lines.size(), HEADER_SEARCH_LINES))) {
            long filled = line.cells().stream().filter(cell -> !cell.isBlank()).count();
            if (filled > most) {
                most = filled;
                likeliest = line;
            }
        }
        return likeliest;
    }

    /** The SIRET on the line below the first header that has a SIRET column, to find the employer's mapping. */
    private static @Nullable String siretBelowHeader(List<Line> lines, Map<String, Column> mapping) {
        for (int i = 0; i + 1 < Math.min(lines.size(), HEADER_SEARCH_LINES); i++) {
            Integer index = columns(lines.get(i), mapping).get(Column.SIRET);
            if (index != null) {
                String siret = digits(lines.get(i + 1).cell(index));
                return siret.length() == 14 ? siret : null;
            }
        }
        return null;
    }

    private static Map<Column, String> headersOf(@Nullable Line header, Map<String, Column> mapping) {
        Map<Column, String> found = new EnumMap<>(Column.class);
        if (header != null) {
            columns(header, mapping).forEach((column, index) -> found.put(column, header.cell(index)));
        }
        return found;
    }

    /** Each column's index, from the header: a mapped header first, then the usual names. */
    private static Map<Column, Integer> columns(Line header, Map<String, Column> mapping) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Column mapped = mapping.get(Column.key(header.cell(i)));
            if (mapped != null && !found.containsKey(mapped)) {
                found.put(mapped, i);
                taken.add(i);
            }
        }
        for (int i = 0; i < header.cells().size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            String name = Column.key(header.cell(i));
            int index = i;
            Arrays.stream(Column.values()).filter(column -> !found.containsKey(column) && column.names(name))
                    .findFirst().ifPresent(column -> found.put(column, index));
        }
        return found;
    }

    private static String cell(Line line, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : line.cell(index);
    }

    private static String reference(Line line, Map<Column, Integer> columns) {
        return cell(line, columns, Column.REFERENCE).strip().toUpperCase(Locale.ROOT);
    }

    /** The identity on the line; null when the birth date is missing or unreadable. */
    private static @Nullable IdentityKey identity(Line line, Map<Column, Integer> columns) {
        LocalDate birthDate = birthDate(cell(line, columns, Column.BIRTH_DATE));
        if (birthDate == null) {
            return null;
        }
        return new IdentityKey(cell(line, columns, Column.LAST_NAME).strip(),
                cell(line, columns, Column.FIRST_NAME).strip(), birthDate);
    }

    /** The person as the line names them, for the preview when no participant is found. */
    private static String written(Line line, Map<Column, Integer> columns) {
        return (cell(line, columns, Column.LAST_NAME).strip() + " " + cell(line, columns, Column.FIRST_NAME).strip()
                + " " + cell(line, columns, Column.BIRTH_DATE).strip()).strip();
    }

    static YearMonth month(String text) {
        String month = text.strip();
        for (DateTimeFormatter format : MONTHS) {
            try {
                return YearMonth.parse(month, format);
            } catch (DateTimeParseException tryNext) {
                // the next format may read it
            }
        }
        // a whole date, as a spreadsheet's date cell gives it (the 1st of the month, usually)
        LocalDate date = date(month);
        if (date != null) {
            return YearMonth.from(date);
        }
        throw new DateTimeParseException("Not a month", text, 0);
    }

    /** 12/04/1990, 1990-04-12, or an Excel date (a serial number of days: 32975). Null when unreadable. */
    static @Nullable LocalDate birthDate(String text) {
        LocalDate date = date(text.strip());
        return date != null && date.getYear() >= 1900 && date.getYear() <= 2100 ? date : null;
    }

    private static @Nullable LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String date = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(date, format);
            } catch (DateTimeParseException tryNext) {
                // the next format may read it
            }
        }
        if (text.matches("[0-9]{4,5}([.,]0+)?")) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(text.replaceAll("[.,]0+$", "")));
        }
        return null;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    private Map<String, List<Known>> placementsOfReferences(Set<String> references) {
        Map<String, List<Known>> placements = new HashMap<>();
        if (references.isEmpty()) {
            return placements;
        }
        jdbc.sql("""
                        select p.id, p.participant_id, p.participant_reference, p.employer_siret, p.start_date,
                            p.end_date, p.contract_type
                        from facilitation.placement p
                        join unnest(cast(:references as varchar[])) as named(reference)
                            on named.reference = p.participant_reference
                        order by p.start_date, p.id""")
                .param("references", references.toArray(String[]::new))
                .query((rs, row) -> placements.computeIfAbsent(rs.getString("participant_reference"),
                        r -> new ArrayList<>()).add(known(rs)))
                .list();
        return placements;
    }

    private List<Known> placementsOfEmployer(String siret) {
        return jdbc.sql("""
                        select id, participant_id, participant_reference, employer_siret, start_date, end_date,
                            contract_type
                        from facilitation.placement where employer_siret = ? order by start_date, id""")
                .param(siret).query((rs, row) -> known(rs)).list();
    }

    private List<UUID> participantsPlacedElsewhere(String siret) {
        return jdbc.sql("select distinct participant_id from facilitation.placement where employer_siret <> ?")
                .param(siret).query(UUID.class).list();
    }

    private static Known known(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Known(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getString("participant_reference"), rs.getString("employer_siret"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("contract_type"));
    }

    /** The hours already recorded for these placements in the file's months only (not their whole history). */
    private Map<Worked, BigDecimal> recordedHours(Collection<UUID> placementIds, Set<LocalDate> months) {
        Map<Worked, BigDecimal> recorded = new HashMap<>();
        if (placementIds.isEmpty() || months.isEmpty()) {
            return recorded;
        }
        jdbc.sql("""
                        select placement_id, month, hours from facilitation.hours_entry
                        join unnest(cast(:ids as uuid[])) as known(placement) on known.placement = placement_id
                        where month = any (cast(:months as date[]))""")
                .param("ids", placementIds.toArray(UUID[]::new))
                .param("months", months.stream().map(LocalDate::toString).toArray(String[]::new))
                .query((rs, row) -> recorded.put(new Worked(rs.getObject("placement_id", UUID.class),
                        YearMonth.from(rs.getObject("month", LocalDate.class))), rs.getBigDecimal("hours")))
                .list();
        return recorded;
    }
}
