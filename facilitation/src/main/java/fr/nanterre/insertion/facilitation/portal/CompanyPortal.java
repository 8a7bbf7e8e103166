package fr.nanterre.insertion.facilitation.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.company.CompanyScope;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Verdict;
import fr.nanterre.insertion.facilitation.ledger.StatementOrigin;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.insertion.procurement.Compliance;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.insertion.procurement.ProcuredLots;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a company account sees and does on its portal. Every method reads the SIRETs of the logged-in account
 * ({@link CompanyScope}) and scopes its query on them: an id that belongs to another company finds nothing, and
 * a line for another company's placement is refused.
 */
@Service
@PreAuthorize("hasRole('" + Roles.COMPANY + "')")
public class CompanyPortal {

    /** A lot with an execution clause awarded to the company, and where it stands. */
    public record CompanyClause(UUID clauseId, String contractReference, String buyer, int lotNumber,
                                String lotTitle, int targetHours, BigDecimal realisedHours, ComplianceStatus status,
                                BigDecimal penaltyAtRisk, BigDecimal percentOfTarget) {
    }

    /** A person placed with the company: their name and reference, nothing else of them. */
    public record PlacedPerson(UUID placementId, String reference, String name, String employerSiret,
                               LocalDate start, @Nullable LocalDate end) {
    }

    /**
     * One line of the month's hours: a placement running that month, with the hours already sent for it.
     *
     * @param sent   the hours already recorded for that month (then the line is locked), or null
     * @param state  the state of the statement that recorded them; null when entered by a facilitator or not sent
     */
    public record MonthLine(UUID placementId, String reference, String name, @Nullable BigDecimal sent,
                            @Nullable StatementState state) {

        public boolean locked() {
            return sent != null;
        }
    }

    /** What the company typed for one placement. */
    public record EnteredHours(UUID placementId, BigDecimal hours, @Nullable String comment) {
    }

    private final JdbcClient jdbc;
    private final CompanyScope scope;
    private final StatementImport statementImport;
    private final Ledger ledger;
    private final ParticipantRegistry participants;
    private final ProcuredLots lots;
    private final CountingSettings settings;
    private final Clock clock;

    CompanyPortal(JdbcClient jdbc, CompanyScope scope, StatementImport statementImport, Ledger ledger,
                  ParticipantRegistry participants, ProcuredLots lots, CountingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.statementImport = statementImport;
        this.ledger = ledger;
        this.participants = participants;
        this.lots = lots;
        this.settings = settings;
        this.clock = clock;
    }

    /** The SIRETs the logged-in account speaks for. */
    @Transactional(readOnly = true)
    public List<String> sirets() {
        return scope.sirets().stream().sorted().toList();
    }

    /** The lots with a clause awarded to the company's SIRETs: target, realised hours, status, penalty at risk. */
    @Transactional(readOnly = true)
    public List<CompanyClause> clauses() {
        return clauses(scope.sirets(), null);
    }

    /** One of the company's clauses; empty for a clause awarded to someone else. */
    @Transactional(readOnly = true)
    public Optional<CompanyClause> clause(UUID clauseId) {
        return clauses(scope.sirets(), clauseId).stream().findFirst();
    }

    private List<CompanyClause> clauses(Set<String> sirets, @Nullable UUID only) {
        record Row(UUID clauseId, String reference, String buyer, int lot, String title, int target,
                   LocalDate notifiedOn, int months, @Nullable LocalDate closedOn) {
        }
        List<Row> rows = jdbc.sql("""
                        select clause_id, contract_reference, buyer, lot_number, lot_title, target_hours, notified_on,
                            duration_months, closed_on
                        from facilitation.followed_clause
                        where awardee_siret = any(cast(:sirets as varchar[]))
                          and (cast(:only as uuid) is null or clause_id = :only)
                        order by contract_reference, lot_number""")
                .param("sirets", sirets.toArray(String[]::new)).param("only", only)
                .query((rs, n) -> new Row(rs.getObject("clause_id", UUID.class), rs.getString("contract_reference"),
                        rs.getString("buyer"), rs.getInt("lot_number"), rs.getString("lot_title"),
                        rs.getInt("target_hours"), rs.getObject("notified_on", LocalDate.class),
                        rs.getInt("duration_months"), rs.getObject("closed_on", LocalDate.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::clauseId).toList();
        Map<UUID, BigDecimal> realised = realisedHours(ids);
        Map<UUID, BigDecimal> penalties = lots.penaltiesPerHour(ids);
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> {
            BigDecimal hours = realised.getOrDefault(row.clauseId(), BigDecimal.ZERO);
            Compliance compliance = new Compliance(row.target(), hours, row.notifiedOn(), row.months(),
                    row.closedOn());
            return new CompanyClause(row.clauseId(), row.reference(), row.buyer(), row.lot(), row.title(),
                    row.target(), hours.setScale(2, RoundingMode.HALF_UP), compliance.statusOn(today),
                    compliance.penalty(penalties.getOrDefault(row.clauseId(), BigDecimal.ZERO))
                            .setScale(2, RoundingMode.HALF_UP),
                    compliance.percentOfTarget().setScale(1, RoundingMode.HALF_UP));
        }).toList();
    }

    /** The counted hours of these clauses as the ledger keeps them, with the modalities' coefficients applied. */
    private Map<UUID, BigDecimal> realisedHours(Collection<UUID> clauseIds) {
        Map<UUID, BigDecimal> realised = new HashMap<>();
        jdbc.sql("""
                        select clause_id, modality, hours from facilitation.clause_total_modality
                        where clause_id = any(cast(:ids as uuid[]))""")
                .param("ids", clauseIds.toArray(UUID[]::new))
                .query((rs, n) -> realised.merge(rs.getObject("clause_id", UUID.class),
                        rs.getBigDecimal("hours").multiply(settings.coefficient(Modality.valueOf(rs.getString("modality")))),
                        BigDecimal::add))
                .list();
        return realised;
    }

    /** One page of the people placed with the company, the latest start first: name and reference only. */
    @Transactional
    public List<PlacedPerson> placements(Pageable page) {
        return named(jdbc.sql("""
                        select id, participant_id, participant_reference, employer_siret, start_date, end_date
                        from facilitation.placement where employer_siret = any(cast(:sirets as char(14)[]))
                        order by start_date desc, participant_reference, id limit :limit offset :offset""")
                .param("sirets", scope.sirets().toArray(String[]::new))
                .param("limit", page.isPaged() ? page.getPageSize() : Integer.MAX_VALUE)
                .param("offset", page.isPaged() ? page.getOffset() : 0)
                .query((rs, n) -> new PlacementRow(rs.getObject("id", UUID.class),
                        rs.getObject("participant_id", UUID.class), rs.getString("participant_reference"),
                        rs.getString("employer_siret"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class)))
                .list());
    }

    @Transactional(readOnly = true)
    public long countPlacements() {
        return jdbc.sql("select count(*) from facilitation.placement where employer_siret = any(cast(:sirets as char(14)[]))")
                .param("sirets", scope.sirets().toArray(String[]::new)).query(Long.class).single();
    }

    /** One of the company's placements; empty for another employer's. */
    @Transactional
    public Optional<PlacedPerson> placement(UUID placementId) {
        return named(jdbc.sql("""
                        select id, participant_id, participant_reference, employer_siret, start_date, end_date
                        from facilitation.placement where id = :id and employer_siret = any(cast(:sirets as char(14)[]))""")
                .param("id", placementId).param("sirets", scope.sirets().toArray(String[]::new))
                .query((rs, n) -> new PlacementRow(rs.getObject("id", UUID.class),
                        rs.getObject("participant_id", UUID.class), rs.getString("participant_reference"),
                        rs.getString("employer_siret"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class)))
                .list()).stream().findFirst();
    }

    private record PlacementRow(UUID id, UUID participantId, String reference, String siret, LocalDate start,
                                @Nullable LocalDate end) {
    }

    private List<PlacedPerson> named(List<PlacementRow> rows) {
        Map<UUID, String> names = rows.isEmpty() ? Map.of()
                : participants.namesOf(rows.stream().map(PlacementRow::participantId).distinct().toList());
        return rows.stream().map(row -> new PlacedPerson(row.id(), row.reference(),
                names.getOrDefault(row.participantId(), row.reference()), row.siret(), row.start(), row.end()))
                .toList();
    }

    /** One page of the company's statements, the newest first. */
    @Transactional(readOnly = true)
    public List<Statement> statements(Pageable page) {
        return statementImport.companyStatements(page);
    }

    @Transactional(readOnly = true)
    public long countStatements() {
        return jdbc.sql("select count(*) from facilitation.statement where employer_siret = any(cast(:sirets as char(14)[]))")
                .param("sirets", scope.sirets().toArray(String[]::new)).query(Long.class).single();
    }

    /** One of the company's statements; empty for another employer's. */
    @Transactional(readOnly = true)
    public Optional<Statement> statement(UUID statementId) {
        return statementImport.companyStatement(statementId);
    }

    /**
     * The month's sheet for one of the company's SIRETs: its placements running that month, with the hours already
     * sent (those lines are locked).
     *
     * @throws AccessDeniedException for a SIRET the account does not speak for
     */
    @Transactional
    public List<MonthLine> month(String siret, YearMonth month) {
        owned(siret);
        List<Object[]> rows = jdbc.sql("""
                        select p.id, p.participant_id, p.participant_reference, h.hours, st.state
                        from facilitation.placement p
                        left join facilitation.hours_entry h on h.placement_id = p.id and h.month = :first
                        left join facilitation.statement st on st.id = h.statement_id
                        where p.employer_siret = :siret and p.start_date <= :last
                          and (p.end_date is null or p.end_date >= :first)
                        order by p.participant_reference, p.id""")
                .param("siret", siret).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query((rs, n) -> new Object[]{rs.getObject("id", UUID.class),
                        rs.getObject("participant_id", UUID.class), rs.getString("participant_reference"),
                        rs.getBigDecimal("hours"), rs.getString("state")})
                .list();
        Map<UUID, String> names = rows.isEmpty() ? Map.of()
                : participants.namesOf(rows.stream().map(row -> (UUID) row[1]).distinct().toList());
        List<MonthLine> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lines.add(new MonthLine((UUID) row[0], (String) row[2], names.getOrDefault((UUID) row[1], (String) row[2]),
                    (BigDecimal) row[3], row[4] == null ? null : StatementState.valueOf((String) row[4])));
        }
        return lines;
    }

    /**
     * The hours the company typed for a month, checked exactly as an imported statement is: the preview to show
     * before sending. Lines left empty are left out.
     *
     * @throws AccessDeniedException for a SIRET the account does not speak for, or a placement of another employer
     */
    @Transactional
    public Preview preview(String siret, YearMonth month, List<EnteredHours> lines) {
        owned(siret);
        Map<UUID, String> references = referencesOf(siret, lines.stream().map(EnteredHours::placementId).toList());
        StringBuilder csv = new StringBuilder("SIRET;Référence;Mois;Heures\n");
        for (EnteredHours line : lines) {
            csv.append(siret).append(';').append(references.get(line.placementId())).append(';')
                    .append(month.getMonthValue() < 10 ? "0" : "").append(month.getMonthValue()).append('/')
                    .append(month.getYear()).append(';').append(line.hours().toPlainString()).append('\n');
        }
        return statementImport.previewForCompany(fileName(siret, month), csv.toString().getBytes(StandardCharsets.UTF_8),
                siret, done -> {
                });
    }

    /**
     * Sends the previewed hours: a received statement, from the portal, which a facilitator checks and validates
     * as any other; the comments (by placement) are kept with it.
     *
     * @return the statement, or null when no line was accepted
     */
    @Transactional
    public @Nullable Statement send(Preview preview, Map<UUID, String> comments) {
        Statement statement = statementImport.applyForCompany(preview, StatementOrigin.PORTAL);
        if (statement == null) {
            return null;
        }
        for (Verdict line : preview.accepted()) {
            String comment = comments.get(line.placementId());
            if (comment != null && !comment.isBlank()) {
                jdbc.sql("""
                                insert into facilitation.statement_comment (statement_id, placement_id, month, comment)
                                values (?, ?, ?, ?)""")
                        .params(statement.id(), line.placementId(), line.month().atDay(1),
                                comment.strip().length() > 500 ? comment.strip().substring(0, 500) : comment.strip())
                        .update();
            }
        }
        return statement;
    }

    /**
     * Takes back a statement the company sent, while the MEF has not checked it yet; its month can then be sent
     * again.
     *
     * @return whether it was withdrawn (false when it is not the company's, or was checked meanwhile)
     */
    @Transactional
    public boolean withdraw(Statement statement, String reason) {
        return ledger.withdraw(statement.id(), reason).isPresent();
    }

    /** A file the company uploads: the same preview as the MEF's import, for one of its SIRETs. */
    @Transactional
    public Preview previewFile(String siret, String fileName, byte[] content) {
        owned(siret);
        return statementImport.previewForCompany(fileName, content, siret, done -> {
        });
    }

    /** Records an uploaded file's accepted lines as a received statement. */
    @Transactional
    public @Nullable Statement sendFile(Preview preview) {
        return statementImport.applyForCompany(preview, StatementOrigin.UPLOAD);
    }

    /** The comments the company wrote on a statement's lines: placement reference and month → comment. */
    @Transactional(readOnly = true)
    public Map<String, String> commentsOf(UUID statementId) {
        Optional<Statement> statement = statement(statementId);
        if (statement.isEmpty()) {
            return Map.of();
        }
        Map<String, String> comments = new HashMap<>();
        jdbc.sql("""
                        select p.participant_reference, c.month, c.comment from facilitation.statement_comment c
                        join facilitation.placement p on p.id = c.placement_id where c.statement_id = ?""")
                .param(statementId)
                .query((rs, n) -> comments.put(rs.getString("participant_reference") + " "
                        + YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("comment")))
                .list();
        return comments;
    }

    private void owned(String siret) {
        if (!scope.sirets().contains(siret)) {
            throw new AccessDeniedException("This account does not speak for " + siret);
        }
    }

    private Map<UUID, String> referencesOf(String siret, List<UUID> placementIds) {
        Map<UUID, String> references = new HashMap<>();
        jdbc.sql("""
                        select id, participant_reference from facilitation.placement
                        where id = any(cast(:ids as uuid[])) and employer_siret = :siret""")
                .param("ids", placementIds.toArray(UUID[]::new)).param("siret", siret)
                .query((rs, n) -> references.put(rs.getObject("id", UUID.class), rs.getString("participant_reference")))
                .list();
        if (!references.keySet().containsAll(placementIds)) {
            throw new AccessDeniedException("A line names a placement with another employer");
        }
        return references;
    }

    private static String fileName(String siret, YearMonth month) {
        return "portail-" + siret + "-" + month + ".csv";
    }
}
