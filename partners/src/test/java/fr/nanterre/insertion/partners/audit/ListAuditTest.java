package fr.nanterre.insertion.partners.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.nanterre.insertion.partners.ListAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@ApplicationModuleTest
class ListAuditTest {

    @Autowired
    ListAudit lists;
    @Autowired
    AuditTrail trail;

    @Test
    @WithMockUser(username = "mef.lists", roles = "FACILITATOR")
    void anotherModulesListReadIsLoggedUnderTheUserWithItsFiltersAndRowCount() {
        lists.listShown("placements", "search=yes; modality=DIRECT_HIRE", 37);
        lists.listExported("placements", "search=yes; modality=DIRECT_HIRE", 412);

        assertThat(readAsAdmin("mef.lists")).extracting(AuditEntry::action, AuditEntry::participantId, AuditEntry::detail)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.LIST_SHOWN, null,
                                "placements: search=yes; modality=DIRECT_HIRE; rows=37"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.LIST_EXPORTED, null,
                                "placements: search=yes; modality=DIRECT_HIRE; rows=412"));
    }

    @Test
    @WithAnonymousUser
    void nobodyLogsAListWithoutBeingLoggedIn() {
        assertThatThrownBy(() -> lists.listShown("placements", "", 1))
                .isInstanceOfAny(org.springframework.security.access.AccessDeniedException.class,
                        AuthenticationCredentialsNotFoundException.class);
    }

    private java.util.List<AuditEntry> readAsAdmin(String user) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "admin", null, org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return trail.find(new AuditFilter(user, null, null, null), PageRequest.of(0, 10));
        } finally {
            context.setAuthentication(previous);
        }
    }
}
