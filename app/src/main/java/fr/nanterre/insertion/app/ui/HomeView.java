package fr.nanterre.insertion.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.nanterre.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * What the system is, its four pillars, and where the current user starts; administrators and viewers are taken to
 * the policy dashboard instead, each department to its own home (the facilitators to their agenda).
 */
@Route("")
@Menu(title = "app.home.menu", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Where each role starts: the first of its roles in this order wins. */
    private static final String[][] HOMES = {{Roles.ADMIN, "tableau-de-bord"}, {Roles.VIEWER, "tableau-de-bord"},
            {Roles.PARTNERS, "accueil-emploi-insertion"}, {Roles.PROCUREMENT, "accueil-commande-publique"},
            {Roles.URBAN_RENEWAL, "accueil-renovation-urbaine"}, {Roles.FACILITATOR, "suivi"},
            {Roles.COMPANY, HomeView.COMPANY_HOME}};

    /** The companies' portal's home, in facilitation: a company account lands there. */
    static final String COMPANY_HOME = "portail";

    private final @Nullable String home;

    HomeView(AuthenticationContext authentication) {
        String found = null;
        for (String[] roleAndHome : HOMES) {
            if (found == null && authentication.hasRole(roleAndHome[0])) {
                found = roleAndHome[1];
            }
        }
        home = found;
        setMaxWidth("60rem");
        add(new H2(getTranslation("app.home.title")), new Paragraph(getTranslation("app.home.intro")));

        UnorderedList pillars = new UnorderedList();
        for (int pillar = 1; pillar <= 4; pillar++) {
            pillars.add(new ListItem(getTranslation("app.home.pillar." + pillar)));
        }
        add(new H3(getTranslation("app.home.pillars")), pillars);

        Div start = new Div();
        for (String role : Roles.ALL) {
            if (authentication.hasRole(role)) {
                start.add(new Paragraph(getTranslation("app.home.start." + role)));
            }
        }
        add(new H3(getTranslation("app.home.where-to-start")), start);
    }

    /** Administrators and viewers start on the policy dashboard, each department on its own home. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (home != null) {
            event.forwardTo(home);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
