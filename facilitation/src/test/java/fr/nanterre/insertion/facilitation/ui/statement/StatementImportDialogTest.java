package fr.nanterre.insertion.facilitation.ui.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.facilitation.TestData;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Column;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import fr.nanterre.insertion.procurement.Modality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** A company's statement in the dialog: its employer, its columns said once and remembered, its warnings. */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = StatementsView.class)
@WithMockUser(username = "f.mef", roles = {"FACILITATOR", "PARTNERS"})
class StatementImportDialogTest extends SpringBrowserlessTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Autowired
    StatementImport statementImport;
    @Autowired
    ParticipantDirectory participants;
    @Autowired
    PlacementBook placements;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void unrecognisedColumnsAreSaidInTheDialogAndRememberedForTheEmployersNextFile() {
        String siret = "8" + String.format("%013d", ThreadLocalRandom.current().nextLong(10_000_000_000_000L));
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8);
        Participant person = TestData.enrolled(participants, jdbc, new ParticipantDetails("Dialogue " + tag,
                "Léa", LocalDate.of(1990, 4, 12), Sex.FEMALE, null, "92000", "Nanterre", "92050", true, true, null,
                ReferringOrganisation.PLIE), TestData.rsa(START.minusDays(5)));
        placements.place(new NewPlacement(person.reference(), siret, "Dialogue SA", Modality.DIRECT_HIRE,
                ContractType.CDI, START, null, List.of(new ClauseShare(UUID.randomUUID(), new BigDecimal("100"))),
                null));
        String header = "Salarié;Prénom;Né(e) le;Mois;Quantité;Contrat\n";

        StatementImportDialog dialog = openImport();
        dialog.employer.setValue(siret);
        dialog.check("paie-mars.csv", (header + "DIALOGUE " + tag + ";Lea;12/04/1990;03/2026;35;CDD\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.summary.getText())
                .isEqualTo("La ligne d'en-tête doit contenir les colonnes Mois et Heures, et soit Référence participant, "
                        + "soit Nom, Prénom et Date de naissance.");
        assertThat(dialog.columns.isVisible()).isTrue();
        assertThat(dialog.columnChoices.get(Column.MONTH).getValue()).isEqualTo("Mois");

        dialog.columnChoices.get(Column.LAST_NAME).setValue("Salarié");
        dialog.columnChoices.get(Column.BIRTH_DATE).setValue("Né(e) le");
        dialog.columnChoices.get(Column.HOURS).setValue("Quantité");
        test(dialog.readAgain).click();

        assertThat(dialog.summary.getText()).startsWith("1 ligne(s) valide(s), 0 déjà enregistrée(s), 0 rejetée(s).");
        assertThat(test(dialog.lines).getCellText(0, 1)).isEqualTo(person.reference());
        assertThat(test(dialog.lines).getCellText(0, 4))
                .isEqualTo("Valide, mais contrat « CDD » sur la ligne, CDI sur la mise à l'emploi");
        assertThat(dialog.importValid.isEnabled()).isTrue();
        statementImport.apply(dialog.preview());
        dialog.close();

        StatementImportDialog next = openImport();
        next.employer.setValue(siret);
        next.check("paie-avril.csv", (header + "Dialogue " + tag + ";Léa;12/04/1990;04/2026;40;CDI\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(next.summary.getText()).startsWith("1 ligne(s) valide(s)");
        assertThat(test(next.lines).getCellText(0, 4)).isEqualTo("Valide");
    }

    private StatementImportDialog openImport() {
        StatementsView view = navigate(StatementsView.class);
        test(view.importFile).click();
        return $(StatementImportDialog.class).last();
    }
}
