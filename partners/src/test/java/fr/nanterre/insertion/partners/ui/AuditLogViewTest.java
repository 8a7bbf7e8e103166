package fr.nanterre.insertion.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.audit.AuditAction;
import fr.nanterre.insertion.partners.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = AuditLogView.class)
@WithMockUser(roles = "ADMIN")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog log;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void anAdministratorFiltersTheLogByUserActionAndDay() {
        String user = "agent." + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            log.record(user, AuditAction.FILE_OPENED, UUID.randomUUID(), "");
            log.record(user, AuditAction.CRITERION_RECORDED, UUID.randomUUID(), "RQTH");
            log.record(user, AuditAction.FILE_OPENED, UUID.randomUUID(), "");
        });
        AuditLogView view = navigate(AuditLogView.class);

        test(view.user).setValue(user);
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("Critère enregistré");
        assertThat(test(view.grid).getCellText(1, 4)).isEqualTo("RQTH");
        assertThat(test(view.grid).isColumnSortable(0)).isTrue();

        test(view.action).selectItem("Ouverture du dossier");
        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.from).setValue(LocalDate.now().plusDays(1));
        assertThat(test(view.grid).size()).isZero();
    }
}
