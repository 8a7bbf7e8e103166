package fr.nanterre.insertion.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.StructureKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = StructuresView.class)
@WithMockUser(roles = "PARTNERS")
class StructuresViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void aUserRegistersAStructureAndFindsItInTheGridByPartOfItsName() {
        StructuresView view = navigate(StructuresView.class);
        test(view.register).click();
        StructureForm form = $(StructureForm.class).single();
        test(form.name).setValue("ETTI Tremplin Seine-Arche");
        test(form.kind).selectItem("ETTI – Entreprise de travail temporaire d'insertion");
        test(form.siret).setValue("552 100 554 00013");
        test(form.save).click();

        assertThat($(StructureForm.class).all()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Structure « ETTI Tremplin Seine-Arche » enregistrée");

        test(view.search).setValue("tremplin seine");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("ETTI Tremplin Seine-Arche");
        assertThat(test(view.grid).getRow(0).kind()).isEqualTo(StructureKind.ETTI);
        assertThat(test(view.grid).getRow(0).siret().value()).isEqualTo("55210055400013");
    }

    @Test
    void activitiesAndCapacityAreEnteredOnTheFormAndABadActivityIsReportedNextToItsField() {
        StructuresView view = navigate(StructuresView.class);
        test(view.register).click();
        StructureForm form = $(StructureForm.class).single();
        test(form.name).setValue("EI Peintres du Parc");
        test(form.kind).selectItem("EI – Entreprise d'insertion");
        test(form.siret).setValue("88088088000088");
        test(form.activities).setValue("4544x");
        test(form.save).click();

        assertThat(form.activities.isInvalid()).isTrue();
        assertThat(form.activities.getErrorMessage()).startsWith("Ni une famille CPV");
        assertThat(form.isOpened()).isTrue();

        test(form.activities).setValue("45442000, painting");
        test(form.capacityPeople).setValue(6);
        test(form.capacityHoursPerYear).setValue(3500);
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        test(view.search).setValue("peintres du parc");
        var details = test(view.grid).getRow(0).details();
        assertThat(details.activities()).containsExactly("45442", "PAINTING");
        assertThat(details.capacityPeople()).isEqualTo(6);
        assertThat(details.capacityHoursPerYear()).isEqualTo(3500);
    }

    @Test
    void aSiretOfTheWrongLengthIsReportedNextToTheFieldAndNothingIsSaved() {
        StructuresView view = navigate(StructuresView.class);
        test(view.register).click();
        StructureForm form = $(StructureForm.class).single();
        test(form.name).setValue("Association Trop Courte");
        test(form.kind).selectItem("AI – Association intermédiaire");
        test(form.siret).setValue("1234567890");
        test(form.save).click();

        assertThat(form.siret.isInvalid()).isTrue();
        assertThat(form.siret.getErrorMessage()).isEqualTo("Le SIRET comporte exactement 14 chiffres");
        assertThat(form.isOpened()).isTrue();
        test(view.search).setValue("Trop Courte");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void aSiretThatFailsItsCheckDigitIsAcceptedWithAWarningUnderTheField() {
        StructuresView view = navigate(StructuresView.class);
        test(view.register).click();
        StructureForm form = $(StructureForm.class).single();
        test(form.siret).setValue("73282932000075");

        assertThat(form.siret.getHelperText()).startsWith("Attention : ce SIRET ne passe pas le contrôle de clé");
        assertThat(form.siret.isInvalid()).isFalse();
    }

    @Test
    void aDuplicateSiretAndKindIsReportedOnTheSiretField() {
        StructuresView view = navigate(StructuresView.class);
        for (int attempt = 0; attempt < 2; attempt++) {
            test(view.register).click();
            StructureForm form = $(StructureForm.class).last();
            test(form.name).setValue("GEIQ BTP 92");
            test(form.kind).selectItem("GEIQ – Groupement d'employeurs pour l'insertion et la qualification");
            test(form.siret).setValue("66666666600066");
            test(form.save).click();
        }
        StructureForm second = $(StructureForm.class).single();
        assertThat(second.siret.isInvalid()).isTrue();
        assertThat(second.siret.getErrorMessage())
                .isEqualTo("Une structure de ce type est déjà enregistrée avec ce SIRET");
    }

    /**
     * French Excel's "CSV (séparateur : point-virgule)" is Windows-1252: detected, so "Lefèvre" reads right; read as
     * UTF-8 by the user's choice it comes out wrong, and the detected encoding puts it right again.
     */
    @Test
    void aWindows1252FileIsDetectedAndTheUserMayChangeItsEncoding() {
        StructuresView view = navigate(StructuresView.class);
        test(view.importFile).click();
        StructureImportDialog dialog = $(StructureImportDialog.class).single();
        byte[] file = "Raison sociale;Type;SIRET\nRégie de quartier Lefèvre;Régie de quartier;73282932000074\n"
                .getBytes(Charset.forName("windows-1252"));

        dialog.receive("structures.csv", file);
        assertThat(dialog.encoding.isVisible()).isTrue();
        assertThat(dialog.encoding.getValue().name()).isEqualTo("windows-1252");
        assertThat(dialog.preview().lines().getFirst().detail()).startsWith("Régie de quartier Lefèvre");

        test(dialog.encoding).selectItem("UTF-8");
        assertThat(dialog.preview().lines().getFirst().detail()).doesNotContain("Régie").contains("\uFFFD");

        test(dialog.encoding).selectItem("windows-1252 (détecté)");
        assertThat(dialog.preview().lines().getFirst().detail()).startsWith("Régie de quartier Lefèvre");
        assertThat(dialog.importValid.getText()).isEqualTo("Importer la ligne valide");
    }

    /** The browser is told the limit, but the server checks it too: a file over 10 MB is not even read. */
    @Test
    void aFileOverTheLimitIsRefusedOnTheServerAndNothingCanBeImported() {
        StructuresView view = navigate(StructuresView.class);
        test(view.importFile).click();
        StructureImportDialog dialog = $(StructureImportDialog.class).single();
        byte[] file = new byte[StructureImportDialog.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(file, (byte) 'a');

        dialog.receive("structures.csv", file);

        assertThat(dialog.summary.getText()).isEqualTo("Le fichier dépasse 10 Mo.");
        assertThat(dialog.preview()).isNull();
        assertThat(dialog.importValid.isEnabled()).isFalse();
    }
}
