package fr.nanterre.insertion.partners.ui;

import static fr.nanterre.insertion.partners.ui.ParticipantsViewTest.person;
import static fr.nanterre.insertion.partners.ui.ParticipantsViewTest.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ParticipantFileView.class)
@WithMockUser(username = "m.dupont", roles = "PARTNERS")
class ParticipantFileViewTest extends SpringBrowserlessTest {

    @Autowired
    ParticipantDirectory directory;
    @Autowired
    JdbcClient jdbc;

    private Participant participant;

    @BeforeEach
    void inFrenchWithAParticipant() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        participant = directory.enrol(person("Camara" + tag(), "Moussa", true, ReferringOrganisation.PLIE));
    }

    private ParticipantFileView openFile() {
        return navigate("participants/" + participant.id(), ParticipantFileView.class);
    }

    @Test
    void openingAFileIsWrittenToTheAuditLog() {
        ParticipantFileView file = openFile();
        assertThat(file.getPageTitle()).isEqualTo("Dossier " + participant.reference());
        assertThat(jdbc.sql("select username || ' ' || action from partners.audit_log where participant_id = ? "
                + "order by id").param(participant.id()).query(String.class).list())
                .containsExactly("m.dupont ENROLLED", "m.dupont FILE_OPENED");
    }

    @Test
    void aCriterionWithoutProofDateIsReportedNextToTheField() {
        ParticipantFileView file = openFile();
        test(file.recordCriterion).click();
        ParticipantCriterionForm form = $(ParticipantCriterionForm.class).single();
        test(form.criterion).selectItem("Bénéficiaire du RSA (niveau 1)");
        assertThat(form.proofChecked.getHelperText())
                .isEqualTo("Attendu : Attestation de droits CAF ou MSA (valable 92 jours)");
        test(form.proofChecked).setValue("Attestation CAF de janvier");
        test(form.save).click();

        assertThat(form.proofDate.isInvalid()).isTrue();
        assertThat(form.proofDate.getErrorMessage()).isEqualTo("Indiquez la date du justificatif");
        assertThat(form.isOpened()).isTrue();
        assertThat(test(file.criteria).size()).isZero();
    }

    @Test
    void theEligibilityIsAnsweredOnTheChosenDate() {
        ParticipantFileView file = openFile();
        test(file.recordCriterion).click();
        ParticipantCriterionForm form = $(ParticipantCriterionForm.class).single();
        test(form.criterion).selectItem("Bénéficiaire du RSA (niveau 1)");
        test(form.proofChecked).setValue("Attestation CAF de janvier");
        test(form.proofDate).setValue(LocalDate.of(2026, 1, 10));
        test(form.save).click();

        assertThat(test(file.criteria).getCellText(0, 3)).isEqualTo("11/04/2026");
        test(file.eligibilityDate).setValue(LocalDate.of(2026, 4, 11));
        assertThat(file.eligibility.getText()).isEqualTo("Éligible le 11/04/2026");
        assertThat(file.metCriteria.getElement().getTextRecursively())
                .isEqualTo("Bénéficiaire du RSA (niveau 1) : justificatif du 10/01/2026, "
                        + "valable jusqu'au 11/04/2026");
        test(file.eligibilityDate).setValue(LocalDate.of(2026, 4, 12));
        assertThat(file.eligibility.getText()).isEqualTo("Non éligible le 12/04/2026");
    }

    @Test
    void whenTwoUsersEditTheSameParticipantTheSecondSaveIsRefusedAndNothingIsOverwritten() {
        ParticipantFileView file = openFile();
        test(file.edit).click();
        ParticipantForm form = $(ParticipantForm.class).single();

        ParticipantDetails byColleague = new ParticipantDetails(participant.lastName(), "Moussa-Ibrahim",
                participant.birthDate(), participant.sex(), null, null, "Nanterre", "92050", true, true, null,
                ReferringOrganisation.PLIE);
        directory.change(participant, byColleague);

        test(form.firstName).setValue("Mouss");
        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Quelqu'un d'autre a modifié cette fiche");
        assertThat(directory.open(participant.id()).firstName()).isEqualTo("Moussa-Ibrahim");
    }

    @Test
    void aPathwayIsOpenedFollowedStepByStepAndExitedWithItsHistory() {
        ParticipantFileView file = openFile();
        test(file.openPathway).click();
        ParticipantPathwayForm opening = $(ParticipantPathwayForm.class).single();
        test(opening.entryDate).setValue(LocalDate.of(2026, 1, 5));
        test(opening.save).click();
        ParticipantPathwayPanel panel = $(ParticipantPathwayPanel.class).single();
        assertThat(panel.getSummaryText()).isEqualTo("Parcours depuis le 05/01/2026, en cours");
        assertThat(file.openPathway.isEnabled()).isFalse();

        test(panel.addStep).click();
        ParticipantStepForm step = $(ParticipantStepForm.class).single();
        test(step.type).selectItem("Formation");
        test(step.start).setValue(LocalDate.of(2026, 1, 2));
        test(step.save).click();
        assertThat(step.start.getErrorMessage())
                .isEqualTo("Une étape commence au plus tôt à l'entrée dans le parcours, le 05/01/2026");
        test(step.start).setValue(LocalDate.of(2026, 2, 2));
        test(step.end).setValue(LocalDate.of(2026, 3, 27));
        test(step.note).setValue("CACES R482");
        test(step.save).click();
        assertThat(test(panel.steps).getCellText(0, 0)).isEqualTo("Formation");

        test(panel.exit).click();
        ParticipantExitForm exit = $(ParticipantExitForm.class).single();
        test(exit.date).setValue(LocalDate.of(2026, 6, 30));
        test(exit.outcome).selectItem("CDI (Emploi durable)");
        test(exit.save).click();

        assertThat(panel.getSummaryText()).isEqualTo("Parcours du 05/01/2026 au 30/06/2026 : CDI (Emploi durable)");
        assertThat(panel.addStep.isVisible()).isFalse();
        assertThat(file.openPathway.isEnabled()).isTrue();
        assertThat(test(panel.history).size()).isEqualTo(3);
        assertThat(test(panel.history).getCellText(0, 1)).isEqualTo("m.dupont");
        assertThat(test(panel.history).getCellText(0, 2)).isEqualTo("Parcours ouvert, entrée le 05/01/2026");
        assertThat(test(panel.history).getCellText(1, 2))
                .isEqualTo("Étape ajoutée : Formation, du 02/02/2026 au 27/03/2026");
        assertThat(test(panel.history).getCellText(2, 2)).isEqualTo("Sortie le 30/06/2026 : CDI");
    }

    @Test
    void aStepIsChangedAndDeletedAfterConfirmation() {
        ParticipantFileView file = openFile();
        test(file.openPathway).click();
        ParticipantPathwayForm opening = $(ParticipantPathwayForm.class).single();
        test(opening.entryDate).setValue(LocalDate.of(2026, 3, 2));
        test(opening.save).click();
        ParticipantPathwayPanel panel = $(ParticipantPathwayPanel.class).single();
        test(panel.addStep).click();
        ParticipantStepForm adding = $(ParticipantStepForm.class).single();
        test(adding.type).selectItem("Travail sur une clause sociale");
        test(adding.start).setValue(LocalDate.of(2026, 3, 9));
        test(adding.save).click();

        test($(Button.class, test(panel.steps).getCellComponent(0, "actions")).withText("Modifier").single()).click();
        ParticipantStepForm changing = $(ParticipantStepForm.class).single();
        assertThat(changing.type.getValue()).hasToString("CLAUSE_WORK");
        test(changing.end).setValue(LocalDate.of(2026, 5, 29));
        test(changing.save).click();
        assertThat(test(panel.steps).getCellText(0, 2)).isEqualTo("29/05/2026");

        test($(Button.class, test(panel.steps).getCellComponent(0, "actions")).withText("Supprimer").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test(panel.steps).size()).isZero();
        assertThat(test(panel.history).getCellText(3, 2))
                .isEqualTo("Étape supprimée : Travail sur une clause sociale, du 09/03/2026 au 29/05/2026");
    }

    @Test
    void theWholeFileIsExportedToASpreadsheetAndTheExportIsAudited() throws IOException {
        directory.recordCriterion(participant,
                new NewCriterion("QPV_RESIDENT", "Facture d'électricité", LocalDate.of(2026, 10, 1)));
        ParticipantFileView file = openFile();
        ByteArrayOutputStream download = new ByteArrayOutputStream();
        test(file.export).download(download);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Identité");
            assertThat(workbook.getSheet("Identité").getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo(participant.lastName());
            assertThat(workbook.getSheet("Critères").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Résident d'un quartier prioritaire de la ville (QPV) (niveau 2)");
            assertThat(workbook.getSheet("Critères").getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 31));
        }
        assertThat(jdbc.sql("select count(*) from partners.audit_log where participant_id = ? "
                + "and action = 'FILE_EXPORTED'").param(participant.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anonymisingAsksForConfirmationThenErasesTheIdentity() {
        ParticipantFileView file = openFile();
        test(file.anonymise).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Anonymiser le dossier " + participant.reference() + " ?");
        test(confirm).confirm();

        assertThat(file.title.getText()).isEqualTo("Dossier " + participant.reference() + " : "
                + participant.reference() + " " + participant.reference());
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Dossier " + participant.reference() + " anonymisé");
        assertThat(file.edit.isEnabled()).isFalse();
        assertThat(file.anonymise.isEnabled()).isFalse();
        assertThat(directory.open(participant.id()).isAnonymised()).isTrue();
    }

    @Test
    void cancellingTheConfirmationKeepsTheIdentity() {
        ParticipantFileView file = openFile();
        test(file.anonymise).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(directory.open(participant.id()).isAnonymised()).isFalse();
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void facilitatorsDoNotAnonymise() {
        assertThat(openFile().anonymise.isVisible()).isFalse();
    }

    @Test
    void aChangeRefusedForAnOlderVersionIsExplained() {
        ParticipantFileView file = openFile();
        directory.recordCriterion(participant,
                new NewCriterion("OVER_50", "Carte d'identité", LocalDate.of(2026, 1, 5)));
        test(file.recordCriterion).click();
        ParticipantCriterionForm form = $(ParticipantCriterionForm.class).single();
        test(form.criterion).selectItem("Personne de plus de 50 ans (niveau 2)");
        test(form.proofChecked).setValue("Passeport");
        test(form.proofDate).setValue(LocalDate.of(2026, 2, 1));
        test(form.save).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Quelqu'un d'autre a modifié cette fiche");
        assertThat(directory.open(participant.id()).criteria()).extracting(c -> c.proofChecked())
                .containsExactly("Carte d'identité");
    }
}
