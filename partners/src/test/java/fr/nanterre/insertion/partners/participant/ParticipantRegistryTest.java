package fr.nanterre.insertion.partners.participant;

import static fr.nanterre.insertion.partners.participant.Fixtures.person;
import static fr.nanterre.insertion.partners.participant.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.nanterre.insertion.partners.EligibilitySnapshot;
import fr.nanterre.insertion.partners.EligibilitySnapshot.MetCriterion;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.insertion.partners.ParticipantSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;

/** The API other modules use: identities only for PARTNERS and FACILITATOR, checked here on the server. */
@ApplicationModuleTest
class ParticipantRegistryTest {

    @Autowired
    ParticipantRegistry registry;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    JdbcClient jdbc;
    /** The holder method security reads (Vaadin's, one per application context). */
    @Autowired
    SecurityContextHolderStrategy security;

    private Participant participant;

    /** Enrolled by the employment department, whatever role the test then plays. */
    @BeforeEach
    void aParticipantReceivingTheRsaSinceJanuary() {
        SecurityContext caller = security.getContext();
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("m.dupont", null,
                AuthorityUtils.createAuthorityList("ROLE_PARTNERS"))));
        try {
            participant = directory.enrol(person("Registre " + tag(), "Fatou"));
            participant = directory.recordCriterion(participant,
                    new NewCriterion("RSA", "Attestation CAF", LocalDate.of(2026, 1, 10)));
        } finally {
            security.setContext(caller);
        }
    }

    @Test
    @WithMockUser(username = "c.facilitatrice", roles = "FACILITATOR")
    void aFacilitatorSeesTheIdentityAndTheReadIsAudited() {
        ParticipantSummary summary = registry.find(participant.id()).orElseThrow();
        assertThat(summary.reference()).isEqualTo(participant.reference());
        assertThat(summary.identity()).isNotNull();
        assertThat(summary.identity().firstName()).isEqualTo("Fatou");
        assertThat(summary.identity().inseeCode()).isEqualTo("92050");
        assertThat(auditOf(participant.id())).contains("c.facilitatrice IDENTITY_READ");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorGetsThePseudonymousReferenceOnly() {
        ParticipantSummary summary = registry.find(participant.id()).orElseThrow();
        assertThat(summary.reference()).isEqualTo(participant.reference());
        assertThat(summary.identity()).isNull();
    }

    @Test
    @WithMockUser(roles = {"PROCUREMENT", "VIEWER", "URBAN_RENEWAL"})
    void otherRolesGetTheReferenceButNeverTheCriteria() {
        assertThat(registry.find(participant.id()).orElseThrow().identity()).isNull();
        assertThatThrownBy(() -> registry.eligibilityOn(participant.id(), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutALoggedInUserOnlyTheReferenceIsGiven() {
        assertThat(registry.find(participant.id()).orElseThrow().identity()).isNull();
        assertThat(registry.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    @WithMockUser(username = "c.facilitatrice", roles = "FACILITATOR")
    void theEligibilitySnapshotListsTheCriteriaMetOnTheDate() {
        EligibilitySnapshot snapshot = registry.eligibilityOn(participant.id(), LocalDate.of(2026, 4, 11));
        assertThat(snapshot.participantId()).isEqualTo(participant.id());
        assertThat(snapshot.date()).isEqualTo(LocalDate.of(2026, 4, 11));
        assertThat(snapshot.eligible()).isTrue();
        assertThat(snapshot.criteria()).containsExactly(
                new MetCriterion("RSA", 1, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 11)));
        assertThat(registry.eligibilityOn(participant.id(), LocalDate.of(2026, 4, 12)).eligible()).isFalse();
        assertThat(auditOf(participant.id())).contains("c.facilitatrice ELIGIBILITY_READ");
        assertThatThrownBy(() -> registry.eligibilityOn(UUID.randomUUID(), LocalDate.of(2026, 4, 11)))
                .isInstanceOf(NoSuchElementException.class);
    }

    private List<String> auditOf(UUID participantId) {
        return jdbc.sql("select username || ' ' || action from partners.audit_log where participant_id = ? order by id")
                .param(participantId).query(String.class).list();
    }
}
