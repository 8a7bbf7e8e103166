package fr.nanterre.insertion.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.Structure;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.partners.structure.StructureFilter;
import fr.nanterre.insertion.partners.structure.StructureImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = StructuresView.class)
@WithMockUser(username = "c.martin", roles = "PARTNERS")
class StructureViewTest extends SpringBrowserlessTest {

    @Autowired
    StructureDirectory directory;
    @Autowired
    StructureImport structureImport;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private StructureView open(Structure structure) {
        return navigate("structures/" + structure.id(), StructureView.class);
    }

    @Test
    void declaringAStructureInactiveNeedsAReasonAndShowsWhoDecided() {
        Structure ei = directory.register(StructureDetails.of("EI Fiche Activité", StructureKind.EI, "41041041000041"));
        StructureView view = open(ei);

        test(view.overrideActivity).click();
        Dialog dialog = $(Dialog.class).last();
        Button confirm = $(Button.class, dialog).withText("Confirmer").single();
        test(confirm).click();
        TextArea reason = $(TextArea.class, dialog).single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Indiquez le motif de cette décision");

        test(reason).setValue("Cessation d'activité déclarée au greffe");
        test(confirm).click();

        assertThat(view.structure.isActiveOn(LocalDate.now())).isFalse();
        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Déclarée Inactive par c.martin le ")
                        && text.endsWith(" : Cessation d'activité déclarée au greffe"));
    }

    @Test
    void removingAContactAsksForConfirmationFirst() {
        Structure aci = directory.register(StructureDetails.of("ACI Fiche Contacts", StructureKind.ACI,
                "42042042000042"));
        StructureView view = open(aci);
        test(view.addContact).click();
        Dialog dialog = $(Dialog.class).last();
        test($(TextField.class, dialog).withCaption("Nom").single()).setValue("Inès Garcia");
        test($(Button.class, dialog).withText("Enregistrer").single()).click();
        assertThat(test(view.contacts).size()).isEqualTo(1);

        test((Button) test(view.contacts).getCellComponent(0, "remove")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(view.contacts).size()).as("nothing removed before confirmation").isEqualTo(1);
        test(confirm).confirm();
        assertThat(directory.find(aci.id()).orElseThrow().contacts()).isEmpty();
    }

    @Test
    void aGrantIsRecordedThenPaidFromTheStructuresRecord() {
        Structure ai = directory.register(StructureDetails.of("AI Fiche Soutien", StructureKind.AI, "43043043000043"));
        StructureView view = open(ai);
        SupportPanel support = $(SupportPanel.class, view).single();

        test(support.addGrant).click();
        Dialog dialog = $(Dialog.class).last();
        test($(TextField.class, dialog).withCaption("Objet").single()).setValue("Accompagnement renforcé");
        test($(BigDecimalField.class, dialog).withCaption("Montant accordé").single()).setValue(new BigDecimal("-5"));
        test($(Button.class, dialog).withText("Enregistrer").single()).click();
        assertThat($(BigDecimalField.class, dialog).single().getErrorMessage()).isEqualTo("Le montant est positif");

        test($(BigDecimalField.class, dialog).single()).setValue(new BigDecimal("12000"));
        test($(Button.class, dialog).withText("Enregistrer").single()).click();
        assertThat(test(support.grants).getCellText(0, 2)).isEqualTo("12\u202F000,00 €");

        Button pay = (Button) test(support.grants).getCellComponent(0, "pay");
        assertThat(pay.getText()).isEqualTo("Verser");
        test(pay).click();
        Dialog payment = $(Dialog.class).last();
        test($(BigDecimalField.class, payment).single()).setValue(new BigDecimal("4000"));
        test($(Button.class, payment).withText("Enregistrer").single()).click();
        assertThat(test(support.grants).getCellText(0, 3)).isEqualTo("4\u202F000,00 €");
    }

    @Test
    void anImportShowsEachLinesVerdictAndImportsOnlyAfterConfirmation() {
        StructuresView list = navigate(StructuresView.class);
        test(list.importFile).click();
        StructureImportDialog dialog = $(StructureImportDialog.class).single();
        String csv = "Nom;Type;SIRET\nImport écran EI;EI;44044044000044\nImport écran court;EI;44\n";
        dialog.show(structureImport.preview("s.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(dialog.summary.getText()).startsWith("1 ligne(s) valide(s), 1 ligne(s) rejetée(s).");
        assertThat(test(dialog.lines).getCellText(1, 2))
                .isEqualTo("Rejetée : le SIRET ne comporte pas 14 chiffres (44)");
        assertThat(dialog.importValid.getText()).isEqualTo("Importer la ligne valide");

        test(dialog.importValid).click();
        assertThat(directory.count(new StructureFilter("import ecran", null))).isZero();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(directory.count(new StructureFilter("import ecran", null))).isEqualTo(1);
    }

    @Autowired
    fr.nanterre.insertion.partners.support.CitySupport support;

    @Test
    void theSupportTotalsOfAYearAreListedPerKind() {
        Structure esat = directory.register(StructureDetails.of("ESAT Totaux écran", StructureKind.ESAT,
                "45045045000045"));
        support.agree(esat.id(), 2098, "Atelier blanchisserie", new BigDecimal("7500"), null, null);

        SupportTotalsView totals = navigate(SupportTotalsView.class);
        test(totals.year).setValue(2097);
        assertThat(test(totals.grid).size()).isZero();
        test(totals.year).setValue(2098);
        assertThat(test(totals.grid).size()).isEqualTo(1);
        assertThat(test(totals.grid).getCellText(0, 0)).isEqualTo("ESAT – Établissement et service d'aide par le travail");
        assertThat(test(totals.grid).getCellText(0, 1)).isEqualTo("1");
        assertThat(test(totals.grid).getCellText(0, 2)).isEqualTo("7\u202F500,00 €");
    }
}
