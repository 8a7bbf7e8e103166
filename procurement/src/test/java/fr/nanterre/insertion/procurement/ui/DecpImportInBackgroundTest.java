package fr.nanterre.insertion.procurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.decp.DecpImport;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.BackgroundWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The import dialog's work, held back as a real executor would hold it while it runs: the dialog stays busy and
 * refuses a second start; once the work is done, its outcome shows, even when the dialog was closed meanwhile.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ContractsView.class)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class DecpImportInBackgroundTest extends SpringBrowserlessTest {

    private static final String FILE = """
            {"marches": {"marche": [
              {"id": "%s", "acheteur": {"id": "21920050200019"}, "objet": "Entretien des espaces verts",
               "codeCPV": "77310000-6", "procedure": "Appel d'offres ouvert", "montant": 120000, "dureeMois": 12,
               "dateNotification": "2026-02-01", "considerationsSociales": {"considerationSociale": ["Clause sociale"]},
               "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "55210055400013"}}]}
            ]}}""";

    @Autowired
    DecpImport decpImport;
    @Autowired
    ContractRegister register;
    @Autowired
    SecurityContextHolderStrategy security;

    /** Tasks handed to the executor, run when the test says so. */
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private int refreshed;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    /** A dialog with a preview of one valid marché, {@code id}, whose work waits for the test to run it. */
    private DecpImportDialog dialog(String id) {
        navigate(ContractsView.class);
        BackgroundWork held = BackgroundWork.on(pending::add, security);
        DecpImportDialog dialog = new DecpImportDialog(decpImport, () -> refreshed++) {
            @Override
            protected BackgroundWork background() {
                return held;
            }
        };
        UI.getCurrent().add(dialog);
        dialog.open();
        dialog.show(decpImport.preview("decp.json", FILE.formatted(id).getBytes(StandardCharsets.UTF_8)));
        return dialog;
    }

    @Test
    void whileTheImportRunsTheButtonIsDisabledAndASecondStartIsRefused() {
        DecpImportDialog dialog = dialog("BG-DECP-001");
        test(dialog.importValid).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(pending).hasSize(1);
        assertThat(dialog.isWorking()).isTrue();
        assertThat(dialog.importValid.isEnabled()).isFalse();
        assertThat(dialog.progress.isVisible()).isTrue();
        assertThat(dialog.progress.isIndeterminate()).as("the DECP import does not report progress").isTrue();
        UI ui = UI.getCurrent();
        assertThat(ui.getPushConfiguration().getPushMode().isEnabled() || ui.getPollInterval() > 0)
                .as("the browser hears of the outcome by push, or else polls").isTrue();
        assertThat(register.count(new ContractFilter("BG-DECP-001", null, null))).isZero();

        // the button is disabled in the browser; a click that still reaches the server starts nothing
        dialog.importValid.click();
        assertThat($(ConfirmDialog.class).all()).noneMatch(ConfirmDialog::isOpened);
        assertThat(pending).hasSize(1);

        // the task runs as the user who confirmed (the DECP import checks the role)
        pending.poll().run();
        assertThat(register.count(new ContractFilter("BG-DECP-001", null, null))).isEqualTo(1);
        assertThat(dialog.isWorking()).isFalse();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(refreshed).isEqualTo(1);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    @Test
    void anImportThatEndsAfterTheDialogWasClosedStillRefreshesTheList() {
        DecpImportDialog dialog = dialog("BG-DECP-002");
        test(dialog.importValid).click();
        test($(ConfirmDialog.class).single()).confirm();
        dialog.close();

        pending.poll().run();
        assertThat(register.count(new ContractFilter("BG-DECP-002", null, null))).isEqualTo(1);
        assertThat(refreshed).isEqualTo(1);
    }
}
