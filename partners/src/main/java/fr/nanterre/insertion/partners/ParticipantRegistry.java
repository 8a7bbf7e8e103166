package fr.nanterre.insertion.partners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * The participants, for the other modules: the only way identities leave this module. Roles are checked here, on
 * the server, and every read of an identity or of criteria is written to the audit log.
 */
public interface ParticipantRegistry {

    /** The reference for everyone; the identity too when the caller has the role PARTNERS or FACILITATOR. */
    Optional<ParticipantSummary> find(UUID participantId);

    /**
     * The eligibility on a date, to be stored by the caller. Criteria are health and social data: callers need the
     * role PARTNERS or FACILITATOR.
     *
     * @throws NoSuchElementException when there is no such participant
     * @throws org.springframework.security.access.AccessDeniedException for any other role
     */
    EligibilitySnapshot eligibilityOn(UUID participantId, LocalDate date);

    /**
     * The participant's sex, age band and residence on a date, to be stored by the caller for the statistics (the
     * charter's count of Nanterre and QPV residents). Derived from the identity: callers need the role PARTNERS or
     * FACILITATOR, and the read is audited.
     *
     * @throws NoSuchElementException when there is no such participant
     * @throws org.springframework.security.access.AccessDeniedException for any other role
     */
    ParticipantProfile profileOn(UUID participantId, LocalDate date);

    /**
     * Writes to the audit log that another module showed a user the participant's personal data it keeps of its
     * own (the criteria met when a placement started, say). Callers need the role PARTNERS or FACILITATOR.
     *
     * @param what codes and ids only, never the values: {@code "placement=…"}
     */
    void recordRead(UUID participantId, String what);

    /**
     * The participants among {@code among} whose identity matches each key: names compared without case, accents,
     * spaces, hyphens or apostrophes ("N'Diaye" = "NDIAYE", "Jean Pierre" = "Jean-Pierre"), birth date exactly.
     * Anonymised participants never match. One query whatever the number of keys; each participant matched is
     * written to the audit log as a read of personal data. Callers need the role PARTNERS or FACILITATOR, or COMPANY
     * (a company's own statement, matched among the people placed with it).
     *
     * @param among the participants the caller may mean (those placed with an employer, say), by id
     * @return for every key asked, the ids matched: none, one, or several when the identity is ambiguous
     * @throws org.springframework.security.access.AccessDeniedException for any other role
     */
    Map<IdentityKey, List<UUID>> matchIdentities(Collection<UUID> among, Collection<IdentityKey> keys);

    /**
     * The names ("Last First") of these participants, for an employer's portal that lists the people placed with
     * it: nothing else of their identity. The caller chooses whom to ask about (facilitation asks only about the
     * people placed with the logged-in company's SIRETs); each name given is written to the audit log. Anonymised
     * participants are left out. Callers need the role PARTNERS, FACILITATOR or COMPANY.
     */
    Map<UUID, String> namesOf(Collection<UUID> participantIds);

    /** The eligibility criteria's labels in that language, by code (reference data: open to every role). */
    Map<String, String> criterionLabels(Locale locale);
}
