package fr.nanterre.insertion.partners.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationModuleTest
@WithMockUser(roles = "ADMIN")
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void administratorsFilterTheLogByUserActionAndDayAndSortIt() {
        String user = "agent." + UUID.randomUUID();
        UUID participant = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            log.record(user, AuditAction.FILE_OPENED, participant, "");
            log.record(user, AuditAction.IDENTITY_CHANGED, participant, "address");
            log.record(user, AuditAction.FILE_OPENED, participant, "");
        });
        LocalDate today = LocalDate.now();

        assertThat(trail.count(new AuditFilter(user.toUpperCase(), null, null, null))).isEqualTo(3);
        assertThat(trail.count(new AuditFilter(user, AuditAction.FILE_OPENED, today, today))).isEqualTo(2);
        assertThat(trail.count(new AuditFilter(user, null, today.plusDays(1), null))).isZero();
        assertThat(trail.count(new AuditFilter(user, null, null, today.minusDays(1)))).isZero();

        assertThat(trail.find(new AuditFilter(user, null, null, null), PageRequest.of(0, 10)))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.FILE_OPENED, AuditAction.IDENTITY_CHANGED, AuditAction.FILE_OPENED);
        assertThat(trail.find(new AuditFilter(user, null, null, null), PageRequest.of(0, 1, Sort.by("action"))))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.FILE_OPENED);
                    assertThat(entry.participantId()).isEqualTo(participant);
                    assertThat(entry.username()).isEqualTo(user);
                });
    }

    @Test
    void aUserNameTypedWithWildcardsIsTakenLiterally() {
        assertThat(trail.count(new AuditFilter("%", null, null, null))).isZero();
    }

    @Test
    void theLogIsWrittenOnlyInTheTransactionOfTheChangeItRecords() {
        assertThatThrownBy(() -> log.record("x", AuditAction.FILE_OPENED, null, ""))
                .isNotInstanceOf(DataAccessException.class)
                .hasMessageContaining("propagation 'mandatory'");
    }

    @Test
    @WithMockUser(roles = {"PARTNERS", "FACILITATOR", "VIEWER"})
    void onlyAdministratorsReadTheLog() {
        assertThatThrownBy(() -> trail.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
