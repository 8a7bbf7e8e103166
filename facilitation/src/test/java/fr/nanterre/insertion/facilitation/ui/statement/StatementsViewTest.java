package fr.nanterre.insertion.facilitation.ui.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = StatementsView.class)
@WithMockUser(roles = "FACILITATOR")
class StatementsViewTest extends SpringBrowserlessTest {

    @Autowired
    StatementImport statementImport;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void eachLineOfAStatementShowsItsVerdictAndNothingIsImportedWithoutAValidLine() {
        StatementImportDialog dialog = openImport();
        String csv = "Référence participant;Mois;Heures\nP-1999-000001;03/2026;35\nP-1999-000001;13/2026;35\n";
        dialog.show(statementImport.preview("releve.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(dialog.summary.getText()).startsWith("0 ligne(s) valide(s), 0 déjà enregistrée(s), 2 rejetée(s).");
        assertThat(test(dialog.lines).getCellText(0, 4))
                .isEqualTo("Rejetée : personne inconnue (aucune mise à l'emploi pour cette référence)");
        assertThat(test(dialog.lines).getCellText(1, 4)).isEqualTo("Rejetée : mois illisible (mm/aaaa)");
        assertThat(dialog.importValid.isEnabled()).isFalse();
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsRefusedAsAWhole() {
        StatementImportDialog dialog = openImport();
        dialog.show(statementImport.preview("x.csv", "Nom;Heures\nA;3\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(dialog.summary.getText())
                .isEqualTo("La ligne d'en-tête doit contenir les colonnes Mois et Heures, et soit Référence participant, "
                        + "soit Nom, Prénom et Date de naissance.");
        assertThat(dialog.lines.isVisible()).isFalse();
    }

    private StatementImportDialog openImport() {
        StatementsView view = navigate(StatementsView.class);
        test(view.importFile).click();
        return $(StatementImportDialog.class).single();
    }
}
