package fr.nanterre.insertion.facilitation.ui.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.nanterre.insertion.ModuleTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The facilitators' screen of company accounts, with no SMTP server configured: it says that no e-mail leaves;
 * a bad SIRET is refused next to its field; an account is opened, found by its SIRET, and deactivated after
 * confirmation.
 */
@SpringBootTest(classes = ModuleTestApplication.class)
@ViewPackages(classes = CompanyAccountsView.class)
@WithMockUser(username = "f.mef", roles = "FACILITATOR")
class CompanyAccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void anAccountIsOpenedFoundAndDeactivatedAndTheScreenSaysNoEmailLeaves() {
        CompanyAccountsView view = navigate(CompanyAccountsView.class);
        assertThat(view.mailOff.isVisible()).isTrue();
        assertThat(view.mailOff.getText()).startsWith("Aucun serveur d'envoi d'e-mails n'est configuré");

        test(view.open).click();
        CompanyAccountForm form = $(CompanyAccountForm.class).single();
        test(form.name).setValue("Peintures de l'Ouest");
        test(form.email).setValue("Compta@Peintures-Ouest.fr");
        test(form.sirets).setValue("123");
        test(form.save).click();
        assertThat(form.sirets.isInvalid()).isTrue();
        assertThat(form.sirets.getErrorMessage()).isEqualTo("Saisissez au moins un SIRET de 14 chiffres (un par ligne).");

        test(form.sirets).setValue("732 829 320 00074\n73282932000082");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(jdbc.sql("select count(*) from facilitation.company_account a join facilitation.company_account_siret s "
                + "on s.company_account = a.id where a.username = 'compta@peintures-ouest.fr'").query(Long.class)
                .single()).isEqualTo(2);

        test(view.search).setValue("73282932000082");
        assertThat(test(view.accounts).size()).isEqualTo(1);
        assertThat(test(view.accounts).getCellText(0, 0)).isEqualTo("compta@peintures-ouest.fr");
        assertThat(test(view.accounts).getCellText(0, 2)).isEqualTo("73282932000074, 73282932000082");

        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(view.accounts).getCellComponent(0, 5);
        test($(Button.class, actions).withText("Désactiver").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(jdbc.sql("select active from facilitation.company_account where username = 'compta@peintures-ouest.fr'")
                .query(Boolean.class).single()).isFalse();
    }
}
