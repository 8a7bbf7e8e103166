package fr.nanterre.insertion.partners.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fr.nanterre.insertion.partners.ParticipantAnonymised;
import fr.nanterre.insertion.partners.audit.AuditAction;
import fr.nanterre.insertion.partners.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a participant's identity and the free text of their file, and keeps what statistics count. Used by a user
 * (through {@link ParticipantPrivacy}, which checks the role) and by the {@link RetentionJob}.
 */
@Component
class Anonymisation {

    private final Participants participants;
    private final Pathways pathways;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Anonymisation(Participants participants, Pathways pathways, AuditLog audit, Clock clock,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.participants = participants;
        this.pathways = pathways;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the user saw, or null for the retention job
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed the file since
     */
    @Transactional
    public Participant anonymise(UUID participantId, @Nullable Long expectedVersion, String by) {
        Participant participant = participants.require(participantId);
        if (expectedVersion != null) {
            participant.requireVersion(expectedVersion);
        }
        if (participant.isAnonymised()) {
            return participant;
        }
        participant.anonymise(LocalDate.now(clock));
        for (Pathway pathway : pathways.findByParticipantIdOrderByEntryDateDesc(participantId)) {
            pathway.eraseNotes();
            pathways.save(pathway);
        }
        audit.record(by, AuditAction.ANONYMISED, participantId, "");
        Participant saved = participants.save(participant);
        events.publishEvent(new ParticipantAnonymised(participantId, LocalDate.now(clock)));
        return saved;
    }
}
