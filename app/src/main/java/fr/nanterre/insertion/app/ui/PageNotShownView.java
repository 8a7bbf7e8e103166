package fr.nanterre.insertion.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import fr.nanterre.insertion.partners.SecurityAudit;
import fr.nanterre.platform.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or that the user's role may not open: Vaadin answers both the same way, so as not
 * to tell which screens exist. Said in the user's language, inside the usual shell, with a way back home.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class PageNotShownView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    final Paragraph message = new Paragraph();
    private final SecurityAudit audit;
    private final CurrentUser user;

    PageNotShownView(SecurityAudit audit, CurrentUser user) {
        this.audit = audit;
        this.user = user;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        String path = event.getLocation().getPath();
        if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
            // The screen exists: the user's role was refused. Said in the audit log, not on the screen.
            audit.record(user.name(), SecurityAudit.Event.ACCESS_DENIED, "route=/" + path);
        }
        message.setText(getTranslation("app.not-shown.message", event.getLocation().getPath()));
        add(new H2(getTranslation("app.not-shown.title")), message, new Anchor("", getTranslation("app.not-shown.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
