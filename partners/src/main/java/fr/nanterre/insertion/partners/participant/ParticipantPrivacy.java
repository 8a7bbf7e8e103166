package fr.nanterre.insertion.partners.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.PersonalDataSource;
import fr.nanterre.platform.report.ReportTable;

import fr.nanterre.insertion.partners.audit.AuditAction;
import fr.nanterre.insertion.partners.audit.AuditLog;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participants' rights under the GDPR: access to their whole file, and erasure of their identity. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.PARTNERS + "', '" + Roles.FACILITATOR + "')")
public class ParticipantPrivacy {

    private final Participants participants;
    private final PathwayFollowUp followUp;
    private final Anonymisation anonymisation;
    private final AuditLog audit;
    private final CurrentUser user;
    private final List<PersonalDataSource> sources;

    ParticipantPrivacy(Participants participants, PathwayFollowUp followUp, Anonymisation anonymisation,
                       AuditLog audit, CurrentUser user, List<PersonalDataSource> sources) {
        this.sources = List.copyOf(sources);
        this.participants = participants;
        this.followUp = followUp;
        this.anonymisation = anonymisation;
        this.audit = audit;
        this.user = user;
    }

    /** Everything the file holds, to hand to the participant (right of access): audited. */
    @Transactional
    public ParticipantExtract extract(UUID participantId) {
        Participant participant = participants.require(participantId);
        var pathways = followUp.pathwaysOf(participantId).stream()
                .map(pathway -> new ParticipantExtract.PathwayRecord(pathway,
                        pathway.structureId() == null ? null
                                : followUp.structure(pathway.structureId()).map(StructureChoice::name).orElse(null),
                        followUp.history(pathway.id())))
                .toList();
        audit.record(user.name(), AuditAction.FILE_EXPORTED, participantId, "");
        List<ReportTable> elsewhere = new ArrayList<>();
        sources.forEach(source -> elsewhere.addAll(source.personalData(participantId)));
        return new ParticipantExtract(participant, pathways, elsewhere);
    }

    /** Whether the current user may anonymise: the screens offer it to them alone. */
    public boolean mayAnonymise() {
        return user.hasAnyRole(Roles.PARTNERS);
    }

    /**
     * Erases the identity for good. The employment department alone decides it.
     *
     * @param read the participant as the user read it
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed the file since
     */
    @PreAuthorize("hasRole('" + Roles.PARTNERS + "')")
    @Transactional
    public Participant anonymise(Participant read) {
        return anonymisation.anonymise(read.id(), read.version(), user.name());
    }
}
