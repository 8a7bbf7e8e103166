package fr.nanterre.insertion.partners.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.IdentityKey;
import fr.nanterre.insertion.partners.ParticipantProfile;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.insertion.partners.ParticipantSummary;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.audit.AuditAction;
import fr.nanterre.insertion.partners.audit.AuditLog;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.security.WithoutRoleCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participants as other modules see them, through {@link ParticipantRegistry}. */
@Service
class ParticipantRegistryService implements ParticipantRegistry {

    private final Participants participants;
    private final EligibilityCriteria criteria;
    private final EligibilityRule rule;
    private final AuditLog audit;
    private final CurrentUser user;
    private final IdentityMatch identityMatch;

    ParticipantRegistryService(Participants participants, EligibilityCriteria criteria, EligibilityRule rule,
                               AuditLog audit, CurrentUser user, IdentityMatch identityMatch) {
        this.identityMatch = identityMatch;
        this.participants = participants;
        this.criteria = criteria;
        this.rule = rule;
        this.audit = audit;
        this.user = user;
    }

    @Override
    @PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.FACILITATOR + "', '" + Roles.COMPANY + "')")
    @Transactional
    public Map<UUID, String> namesOf(Collection<UUID> participantIds) {
        Map<UUID, String> names = new java.util.HashMap<>();
        participants.findAllById(Set.copyOf(participantIds)).forEach(participant -> {
            if (!participant.isAnonymised()) {
                audit.record(user.name(), AuditAction.IDENTITY_READ, participant.id(), "name");
                names.put(participant.id(), participant.lastName() + " " + participant.firstName());
            }
        });
        return names;
    }

    /** Open to every caller; the identity only to PARTNERS and FACILITATOR, and then audited. */
    @Override
    @WithoutRoleCheck("every caller may learn a participant's reference; the identity is given, and audited, only "
            + "to PARTNERS and FACILITATOR, checked in the method")
    @Transactional
    public Optional<ParticipantSummary> find(UUID participantId) {
        return participants.findById(participantId).map(participant -> {
            if (!user.hasAnyRole(Roles.PARTNERS, Roles.FACILITATOR)) {
                return new ParticipantSummary(participant.id(), participant.reference(), participant.isAnonymised(),
                        null);
            }
            audit.record(user.name(), AuditAction.IDENTITY_READ, participantId, "");
            ParticipantDetails details = participant.details();
            return new ParticipantSummary(participant.id(), participant.reference(), participant.isAnonymised(),
                    new ParticipantSummary.Identity(details.lastName(), details.firstName(), details.birthDate(),
                            details.sex(), details.commune(), details.inseeCode(), details.qpvResident(),
                            details.nanterreResident()));
        });
    }

    @Override
    @PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.FACILITATOR + "')")
    @Transactional
    public EligibilitySnapshot eligibilityOn(UUID participantId, LocalDate date) {
        Participant participant = readOn(participantId, date, AuditAction.ELIGIBILITY_READ);
        return participant.eligibilityOn(date, rule, criteria.byCode());
    }

    @Override
    @PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.FACILITATOR + "')")
    @Transactional
    public ParticipantProfile profileOn(UUID participantId, LocalDate date) {
        Participant participant = readOn(participantId, date, AuditAction.PROFILE_READ);
        ParticipantDetails details = participant.details();
        return new ParticipantProfile(participantId, date, details.sex(), AgeBand.on(date, details.birthDate()),
                Residence.of(details.nanterreResident(), details.qpvResident()));
    }

    @Override
    @PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.FACILITATOR + "')")
    @Transactional
    public void recordRead(UUID participantId, String what) {
        audit.record(user.name(), AuditAction.KEPT_DATA_READ, participantId, what);
    }

    /** One audit line per participant matched, whatever the number of keys that matched them. */
    @Override
    @PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.FACILITATOR + "', '" + Roles.COMPANY + "')")
    @Transactional
    public Map<IdentityKey, List<UUID>> matchIdentities(Collection<UUID> among, Collection<IdentityKey> keys) {
        Map<IdentityKey, List<UUID>> matched = identityMatch.among(among, keys);
        Collection<UUID> read = new LinkedHashSet<>();
        matched.values().forEach(read::addAll);
        audit.recordAll(user.name(), AuditAction.IDENTITY_MATCHED, read, "");
        return matched;
    }

    @Override
    @WithoutRoleCheck("reference data: the labels of the eligibility criteria, no personal data")
    @Transactional(readOnly = true)
    public Map<String, String> criterionLabels(Locale locale) {
        return criteria.findAll().stream().collect(Collectors.toMap(EligibilityCriterion::code,
                criterion -> criterion.label(locale)));
    }

    /** The participant, for a read about a date that is written to the audit log. */
    private Participant readOn(UUID participantId, LocalDate date, AuditAction read) {
        Participant participant = participants.require(participantId);
        audit.record(user.name(), read, participantId, "date=" + date);
        return participant;
    }
}
