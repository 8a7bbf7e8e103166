package fr.nanterre.insertion.procurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.decp.DecpImport;
import fr.nanterre.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ContractsView.class)
@WithMockUser(roles = {Roles.PROCUREMENT, Roles.PARTNERS})
class DecpImportDialogTest extends SpringBrowserlessTest {

    private static final String FILE = """
            {"marches": {"marche": [
              {"id": "UI-DECP-001", "acheteur": {"id": "21920050200019"}, "objet": "Nettoyage des écoles",
               "codeCPV": "90919200-4", "procedure": "Appel d'offres ouvert", "montant": 250000, "dureeMois": 24,
               "dateNotification": "2026-02-01", "considerationsSociales": {"considerationSociale": ["Clause sociale"]},
               "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "55210055400013"}}]},
              {"id": "UI-DECP-002", "acheteur": {"id": "21920050200019"}, "objet": "Durée nulle", "montant": 10,
               "dureeMois": 0}
            ]}}""";

    @Autowired
    DecpImport decpImport;
    @Autowired
    ContractRegister register;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void eachMarcheShowsItsVerdictAndOnlyTheValidOnesAreImportedAfterConfirmation() {
        navigate(ContractsView.class);
        test($(Button.class).withText("Importer (DECP)").single()).click();
        DecpImportDialog dialog = $(DecpImportDialog.class).single();
        dialog.show(decpImport.preview("decp.json", FILE.getBytes(StandardCharsets.UTF_8)));

        assertThat(dialog.summary.getText()).isEqualTo("1 marché(s) valide(s), 1 rejeté(s).");
        assertThat(test(dialog.lines).getCellText(1, 3)).startsWith("Rejeté : durée en mois manquante, nulle");
        assertThat(dialog.importValid.getText()).isEqualTo("Importer le marché valide");

        test(dialog.importValid).click();
        assertThat(register.count(new ContractFilter("UI-DECP", null, null))).as("not before confirmation").isZero();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(register.count(new ContractFilter("UI-DECP", null, null))).isEqualTo(1);
    }
}
