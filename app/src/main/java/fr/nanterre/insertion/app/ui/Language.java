package fr.nanterre.insertion.app.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.nanterre.platform.ui.ModuleMessagesI18NProvider;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * The interface is in French unless the user chose English with the language switch; the choice is kept in a
 * cookie, so it also applies to the login page of the next visit.
 */
@Component
class Language implements VaadinServiceInitListener {

    static final String COOKIE = "insertion-language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(chosen(init.getRequest())));
    }

    static Locale chosen(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Locale.forLanguageTag(c.getValue()))
                .filter(ModuleMessagesI18NProvider.ENGLISH::equals)
                .findFirst()
                .orElse(ModuleMessagesI18NProvider.FRENCH);
    }

    static void choose(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
