package fr.nanterre.insertion.facilitation.ui.portal;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.nanterre.insertion.facilitation.company.PasswordLinks;
import fr.nanterre.insertion.facilitation.company.PasswordLinks.Outcome;

/**
 * The page the e-mailed link opens, without logging in: the person chooses their password (twice, 12 characters
 * at least). A link used already, expired or wrong says so, and what to do.
 */
@Route(value = "mot-de-passe", autoLayout = false)
@AnonymousAllowed
class PasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    final Paragraph account = new Paragraph();
    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    final Anchor login = new Anchor("login", "");
    private final PasswordLinks links;
    private String token = "";

    PasswordView(PasswordLinks links) {
        this.links = links;
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");
        password.setLabel(getTranslation("facilitation.password.new"));
        password.setHelperText(getTranslation("facilitation.password.rule", PasswordLinks.MIN_LENGTH));
        password.setId("new-password");
        password.setWidthFull();
        repeated.setLabel(getTranslation("facilitation.password.repeat"));
        repeated.setId("repeat-password");
        repeated.setWidthFull();
        save.setText(getTranslation("facilitation.password.save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        login.setText(getTranslation("facilitation.password.login"));
        login.setVisible(false);
        message.setId("password-message");
        add(new H2(getTranslation("facilitation.password.title")), account, message, password, repeated, save, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        token = parameters.getOrDefault("jeton", List.of("")).getFirst();
        Outcome state = links.state(token);
        if (state != Outcome.VALID) {
            closed(state);
        } else {
            links.username(token).ifPresent(name -> account.setText(getTranslation("facilitation.password.account",
                    name)));
        }
    }

    private void save() {
        Outcome outcome = links.setPassword(token, password.getValue(), repeated.getValue());
        switch (outcome) {
            case TOO_SHORT -> {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation("facilitation.password.outcome.TOO_SHORT",
                        PasswordLinks.MIN_LENGTH));
            }
            case MISMATCH -> {
                repeated.setInvalid(true);
                repeated.setErrorMessage(getTranslation("facilitation.password.outcome.MISMATCH"));
            }
            default -> closed(outcome);
        }
    }

    /** The link can set nothing more: done, or why not. */
    private void closed(Outcome outcome) {
        message.setText(getTranslation("facilitation.password.outcome." + outcome.name()));
        password.setVisible(false);
        repeated.setVisible(false);
        save.setVisible(false);
        login.setVisible(outcome == Outcome.DONE || outcome == Outcome.USED);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.password.title");
    }
}
