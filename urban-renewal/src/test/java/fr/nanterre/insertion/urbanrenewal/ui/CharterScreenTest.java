package fr.nanterre.insertion.urbanrenewal.ui;

import java.time.Clock;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.urbanrenewal.progress.CharterProgress;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the charter's screen tests share: one application context, the department's user (who may also plan
 * contracts, to link their lots), the services they set data up with, and French on screen.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ProjectsView.class)
@WithMockUser(username = "r.urbaine", roles = {"URBAN_RENEWAL", "PROCUREMENT"})
abstract class CharterScreenTest extends SpringBrowserlessTest {

    @Autowired
    ProjectRegister projects;
    @Autowired
    OperationRegister operations;
    @Autowired
    ContractRegister contracts;
    @Autowired
    CharterProgress progress;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SecurityContextHolderStrategy security;
    /** The application's clock: what the screens call today. */
    @Autowired
    Clock clock;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }
}
