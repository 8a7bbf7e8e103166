package fr.nanterre.insertion.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import fr.nanterre.insertion.ModuleTestApplication;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ParticipantFilter;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = ParticipantsView.class)
@WithMockUser(roles = "PARTNERS")
class ParticipantsViewTest extends SpringBrowserlessTest {

    @Autowired
    ParticipantDirectory directory;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void aUserEnrolsAParticipantAndLandsOnTheirFile() {
        String lastName = "Diallo " + tag();
        ParticipantsView view = navigate(ParticipantsView.class);
        test(view.enrol).click();
        ParticipantForm form = $(ParticipantForm.class).single();
        assertThat(form.inseeCode.getValue()).isEqualTo("92050");
        assertThat(form.nanterreResident.getValue()).isTrue();
        test(form.lastName).setValue(lastName);
        test(form.firstName).setValue("Kadiatou");
        test(form.birthDate).setValue(LocalDate.of(1998, 3, 14));
        test(form.sex).selectItem("Femme");
        test(form.qpvResident).click();
        test(form.referringOrganisation).selectItem("Mission locale");
        test(form.save).click();

        ParticipantFileView file = $(ParticipantFileView.class).single();
        assertThat(file.title.getText()).matches("Dossier P-\\d{4}-\\d{6} : " + lastName.toUpperCase(Locale.FRENCH)
                + " Kadiatou");
        assertThat(test($(Notification.class).last()).getText()).matches("Participant P-\\d{4}-\\d{6} inscrit");
    }

    @Test
    void aBirthDateInTheFutureIsReportedNextToTheFieldAndNothingIsSaved() {
        String lastName = "Futur " + tag();
        ParticipantsView view = navigate(ParticipantsView.class);
        test(view.enrol).click();
        ParticipantForm form = $(ParticipantForm.class).single();
        test(form.lastName).setValue(lastName);
        test(form.firstName).setValue("Noé");
        test(form.birthDate).setValue(LocalDate.now().plusDays(1));
        test(form.sex).selectItem("Homme");
        test(form.referringOrganisation).selectItem("CCAS");
        test(form.postalCode).setValue("920");
        test(form.save).click();

        assertThat(form.birthDate.isInvalid()).isTrue();
        assertThat(form.birthDate.getErrorMessage()).isEqualTo("La date de naissance ne peut pas être dans le futur");
        assertThat(form.postalCode.getErrorMessage()).isEqualTo("Un code postal comporte 5 chiffres");
        assertThat(form.isOpened()).isTrue();
        assertThat(directory.count(ParticipantFilter.named(lastName))).isZero();
    }

    @Test
    void theListFindsParticipantsByPartOfTheirNameWithoutAccentsAndFiltersThem() {
        String tag = tag();
        directory.enrol(person("Lefèvre" + tag, "Hélène", true, ReferringOrganisation.FRANCE_TRAVAIL));
        directory.enrol(person("Lefèvre" + tag, "Éloïse", false, ReferringOrganisation.CAP_EMPLOI));
        ParticipantsView view = navigate(ParticipantsView.class);

        test(view.search).setValue("LEFEVRE" + tag);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(("Lefèvre" + tag).toUpperCase(Locale.FRENCH)
                + " Éloïse");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Non");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("Cap emploi");
        assertThat(test(view.grid).isColumnSortable(1)).isTrue();

        test(view.qpvFilter).selectItem("Résidents QPV");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).firstName()).isEqualTo("Hélène");
        test(view.organisationFilter).selectItem("Cap emploi");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void clickingALineOpensTheParticipantsFile() {
        String tag = tag();
        directory.enrol(person("Ouvert" + tag, "Awa", true, ReferringOrganisation.PLIE));
        ParticipantsView view = navigate(ParticipantsView.class);
        test(view.search).setValue("ouvert" + tag);
        test(view.grid).clickRow(0);

        assertThat($(ParticipantFileView.class).single().title.getText()).endsWith(("OUVERT" + tag).toUpperCase()
                + " Awa");
    }

    static String tag() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8);
    }

    static ParticipantDetails person(String lastName, String firstName, boolean qpv, ReferringOrganisation by) {
        return new ParticipantDetails(lastName, firstName, LocalDate.of(1985, 6, 1), Sex.FEMALE, null, null,
                "Nanterre", "92050", qpv, true, null, by);
    }
}
