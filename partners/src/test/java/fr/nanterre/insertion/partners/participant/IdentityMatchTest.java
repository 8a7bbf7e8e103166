package fr.nanterre.insertion.partners.participant;

import static fr.nanterre.insertion.partners.participant.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.nanterre.insertion.partners.IdentityKey;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.insertion.partners.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Names and birth dates as employers write them on statements, resolved to participants: case, accents, spaces,
 * hyphens and apostrophes aside, birth date exact, among the participants the caller names only.
 */
@ApplicationModuleTest
@WithMockUser(username = "c.facilitatrice", roles = {"FACILITATOR", "PARTNERS"})
class IdentityMatchTest {

    private static final LocalDate BORN = LocalDate.of(1990, 4, 12);

    @Autowired
    ParticipantRegistry registry;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    ParticipantPrivacy privacy;
    @Autowired
    JdbcClient jdbc;

    private UUID enrol(String lastName, String firstName, LocalDate birthDate) {
        return directory.enrol(new ParticipantDetails(lastName, firstName, birthDate, Sex.MALE, null, "92000",
                "Nanterre", ParticipantDetails.NANTERRE_INSEE_CODE, false, true, null, ReferringOrganisation.PLIE))
                .id();
    }

    @Test
    void namesMatchWithoutCaseAccentsSpacesHyphensOrApostrophesAndTheBirthDateExactly() {
        String tag = tag();
        UUID ndiaye = enrol("N'Diaye " + tag, "Jean-Pierre", BORN);
        UUID lefevre = enrol("Lefèvre " + tag, "Zoé", BORN);
        UUID otherBirth = enrol("Lefèvre " + tag, "Zoé", BORN.plusDays(1));
        IdentityKey upperCase = new IdentityKey("NDIAYE " + tag.toUpperCase(), "Jean Pierre", BORN);
        IdentityKey noAccents = new IdentityKey("LEFEVRE" + tag, "zoe", BORN);
        IdentityKey wrongDate = new IdentityKey("N'Diaye " + tag, "Jean-Pierre", BORN.minusYears(1));
        IdentityKey unknown = new IdentityKey("Martin " + tag, "Paul", BORN);

        Map<IdentityKey, List<UUID>> matched = registry.matchIdentities(List.of(ndiaye, lefevre, otherBirth),
                List.of(upperCase, noAccents, wrongDate, unknown));

        assertThat(matched).containsOnlyKeys(upperCase, noAccents, wrongDate, unknown);
        assertThat(matched.get(upperCase)).containsExactly(ndiaye);
        assertThat(matched.get(noAccents)).containsExactly(lefevre);
        assertThat(matched.get(wrongDate)).isEmpty();
        assertThat(matched.get(unknown)).isEmpty();
        // one audit line per participant matched, none for the others
        assertThat(auditOf(ndiaye)).containsExactly("c.facilitatrice IDENTITY_MATCHED");
        assertThat(auditOf(lefevre)).containsExactly("c.facilitatrice IDENTITY_MATCHED");
        assertThat(auditOf(otherBirth)).isEmpty();
    }

    @Test
    void onlyTheParticipantsAskedAmongMatchAndHomonymsAreAllGiven() {
        String tag = tag();
        UUID first = enrol("Homonyme " + tag, "Marie", BORN);
        UUID second = enrol("HOMONYME " + tag, "MARIE", BORN);
        UUID elsewhere = enrol("Ailleurs " + tag, "Marie", BORN);
        IdentityKey both = new IdentityKey("homonyme " + tag, "marie", BORN);
        IdentityKey notAmong = new IdentityKey("Ailleurs " + tag, "Marie", BORN);

        Map<IdentityKey, List<UUID>> matched = registry.matchIdentities(List.of(first, second),
                List.of(both, notAmong));

        assertThat(matched.get(both)).containsExactlyInAnyOrder(first, second);
        assertThat(matched.get(notAmong)).isEmpty();
        assertThat(auditOf(elsewhere)).isEmpty();
        assertThat(registry.matchIdentities(List.of(), List.of(both)).get(both)).isEmpty();
    }

    @Test
    void anAnonymisedParticipantNeverMatches() {
        UUID id = enrol("Oublie " + tag(), "Anne", BORN);
        Participant anonymised = privacy.anonymise(directory.open(id));
        // after anonymisation the names are the reference and the birth date the 1st of January of the year
        IdentityKey asStored = new IdentityKey(anonymised.reference(), anonymised.reference(),
                LocalDate.of(BORN.getYear(), 1, 1));

        assertThat(registry.matchIdentities(List.of(id), List.of(asStored)).get(asStored)).isEmpty();
        assertThat(auditOf(id)).doesNotContain("c.facilitatrice IDENTITY_MATCHED");
    }

    @Test
    @WithMockUser(roles = {"PROCUREMENT", "VIEWER", "URBAN_RENEWAL", "ADMIN"})
    void otherRolesCannotResolveIdentities() {
        IdentityKey key = new IdentityKey("Personne", "Quelqu'un", BORN);
        assertThatThrownBy(() -> registry.matchIdentities(List.of(UUID.randomUUID()), List.of(key)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> auditOf(UUID participantId) {
        return jdbc.sql("select username || ' ' || action from partners.audit_log where participant_id = ?"
                + " and action = 'IDENTITY_MATCHED' order by id").param(participantId).query(String.class).list();
    }
}
