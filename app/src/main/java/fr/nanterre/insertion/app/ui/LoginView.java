package fr.nanterre.insertion.app.ui;

import java.util.Arrays;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;

/** The only view open without logging in. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(Environment environment) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("app.name"));
        i18n.getForm().setUsername(getTranslation("app.login.username"));
        i18n.getForm().setPassword(getTranslation("app.login.password"));
        i18n.getForm().setSubmit(getTranslation("app.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("app.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("app.login.error.message"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        add(new Paragraph(getTranslation("app.tagline")), login);
        if (environment.containsProperty("spring.security.oauth2.client.registration.city.client-id")) {
            // the City's identity provider (OpenID Connect), beside the form; a plain link, not a Vaadin route
            Anchor city = new Anchor("oauth2/authorization/city", getTranslation("app.login.city"));
            city.setRouterIgnore(true);
            city.setId("login-city");
            add(city);
        }
        add(new LanguageSwitch());
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            Paragraph demo = new Paragraph(getTranslation("app.login.demo-accounts"));
            demo.getStyle().set("max-width", "26rem").set("font-size", "var(--lumo-font-size-s)");
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey("throttled");
        // The same words whether the name exists or not: the throttle counts unknown names too.
        i18n.getErrorMessage().setTitle(getTranslation(throttled ? "app.login.throttled.title" : "app.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(throttled ? "app.login.throttled.message"
                : "app.login.error.message"));
        login.setI18n(i18n);
        login.setError(throttled || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.login.title");
    }
}
