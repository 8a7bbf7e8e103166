package fr.nanterre.insertion.partners.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.audit.AuditAction;
import fr.nanterre.insertion.partners.audit.AuditLog;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols participants, finds them, and keeps their identity and eligibility criteria. Personal data: only PARTNERS
 * and FACILITATOR get here, and every opening of a file and every change is written to the audit log.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.FACILITATOR + "')")
public class ParticipantDirectory {

    private final Participants participants;
    private final EligibilityCriteria criteria;
    private final EligibilityRule rule;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;

    ParticipantDirectory(Participants participants, EligibilityCriteria criteria, EligibilityRule rule,
                         JdbcClient jdbc, AuditLog audit, CurrentUser user, Clock clock) {
        this.participants = participants;
        this.criteria = criteria;
        this.rule = rule;
        this.jdbc = jdbc;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when a field is wrong, such as a birth date in the future */
    @Transactional
    public Participant enrol(ParticipantDetails input) {
        LocalDate today = LocalDate.now(clock);
        ParticipantDetails details = input.normalised();
        details.check(today);
        long number = jdbc.sql("select nextval('partners.participant_reference')").query(Long.class).single();
        String reference = "P-%d-%06d".formatted(today.getYear(), number);
        Participant saved = participants.save(Participant.enrol(reference, details, today));
        // the participant's id only: the reference would show an identity to whoever reads the log
        audit.record(user.name(), AuditAction.ENROLLED, saved.id(), "");
        return saved;
    }

    /**
     * A page of the list, with identities: audited with its filters (never the searched name) and its rows. The
     * page and its audit line are one statement, atomic by itself: no transaction of its own (it joins the caller's).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<ParticipantRow> find(ParticipantFilter filter, Pageable page) {
        return new ParticipantSearch(filter, LocalDate.now(clock), rule).pageLogged(jdbc, page,
                Timestamp.from(clock.instant()), user.name(), filter.auditDetail() + "; rows=",
                page.isPaged() ? "; page=" + page.getPageNumber() : "");
    }

    @Transactional(readOnly = true)
    public long count(ParticipantFilter filter) {
        return new ParticipantSearch(filter, LocalDate.now(clock), rule).count(jdbc);
    }

    /** Every participant the filter keeps, for a spreadsheet: audited, since it holds many identities at once. */
    @Transactional
    public List<ParticipantRow> export(ParticipantFilter filter) {
        ParticipantSearch search = new ParticipantSearch(filter, LocalDate.now(clock), rule);
        int total = (int) search.count(jdbc);
        audit.record(user.name(), AuditAction.LIST_EXPORTED, null, filter.auditDetail() + "; rows=" + total);
        return total == 0 ? List.of()
                : search.page(jdbc, PageRequest.of(0, total, Sort.by("name")));
    }

    /** A user opens the participant's file: audited. */
    @Transactional
    public Participant open(UUID participantId) {
        Participant participant = participants.require(participantId);
        audit.record(user.name(), AuditAction.FILE_OPENED, participantId, "");
        return participant;
    }

    /**
     * @param read the participant as the user read it
     * @throws OptimisticLockingFailureException when someone else changed the participant since; nothing is saved
     */
    @Transactional
    public Participant change(Participant read, ParticipantDetails input) {
        ParticipantDetails details = input.normalised();
        details.check(LocalDate.now(clock));
        Participant participant = loadForChange(read);
        List<String> changed = participant.change(details);
        audit.record(user.name(), AuditAction.IDENTITY_CHANGED, read.id(), String.join(",", changed));
        return participants.save(participant);
    }

    /**
     * @param read the participant as the user read it
     * @throws IllegalArgumentException          for an unknown criterion, a blank proof, a proof date in the future
     * @throws OptimisticLockingFailureException when someone else changed the participant since; nothing is saved
     */
    @Transactional
    public Participant recordCriterion(Participant read, NewCriterion input) {
        EligibilityCriterion criterion = criteria.byCode().get(input.criterionCode());
        if (criterion == null) {
            throw new IllegalArgumentException("No eligibility criterion " + input.criterionCode());
        }
        if (input.proofChecked() == null || input.proofChecked().isBlank()
                || input.proofChecked().strip().length() > NewCriterion.PROOF_MAX_LENGTH) {
            throw new IllegalArgumentException("Say which proof was checked, in at most "
                    + NewCriterion.PROOF_MAX_LENGTH + " characters");
        }
        if (input.proofDate() == null || input.proofDate().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("A proof date is required, and not in the future");
        }
        Participant participant = loadForChange(read);
        participant.record(criterion, input.proofChecked(), input.proofDate(), user.name(), clock.instant());
        audit.record(user.name(), AuditAction.CRITERION_RECORDED, read.id(), criterion.code());
        return participants.save(participant);
    }

    /**
     * @param read the participant as the user read it
     * @throws OptimisticLockingFailureException when someone else changed the participant since; nothing is saved
     */
    @Transactional
    public Participant removeCriterion(Participant read, UUID criterionId) {
        Participant participant = loadForChange(read);
        RecordedCriterion removed = participant.removeCriterion(criterionId);
        audit.record(user.name(), AuditAction.CRITERION_REMOVED, read.id(), removed.criterionCode());
        return participants.save(participant);
    }

    /** The eligibility of a file the user has open (the opening was audited), on any date. */
    @Transactional(readOnly = true)
    public EligibilitySnapshot eligibilityOf(Participant participant, LocalDate date) {
        return participant.eligibilityOn(date, rule, criteria.byCode());
    }

    public EligibilityRule eligibilityRule() {
        return rule;
    }

    /** The criteria users may record, in their display order. */
    @Transactional(readOnly = true)
    public List<EligibilityCriterion> criteria() {
        return criteria.findAll();
    }

    /** The participant as stored, when it is still the version the user read. */
    private Participant loadForChange(Participant read) {
        Participant participant = participants.require(read.id());
        participant.requireVersion(read.version());
        return participant;
    }
}
