package fr.nanterre.insertion.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.PartnerFigures;
import fr.nanterre.insertion.partners.PartnerIndicators;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.FigureCard;
import jakarta.annotation.security.RolesAllowed;

/**
 * The employment department's home: pillar 1's figures of the year so far (structures, SIAE supported, grants paid
 * against granted, participants in pathways and their exits), each opening its list for the roles that may see it.
 */
@Route("accueil-emploi-insertion")
@Menu(title = "partners.home.menu", order = 9, icon = "vaadin:dashboard")
@RolesAllowed({Roles.PARTNERS, Roles.ADMIN})
class PartnersHomeView extends VerticalLayout implements HasDynamicTitle {

    final FlexLayout figures = new FlexLayout();

    PartnersHomeView(PartnerIndicators indicators, Clock clock, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        PartnerFigures year = indicators.between(LocalDate.of(today.getYear(), 1, 1), today);
        boolean seesPeople = user.hasAnyRole(Roles.PARTNERS);
        // the figures' period, which the lists they open are filtered on
        Map<String, String> period = new LinkedHashMap<>();
        period.put("parcours-du", LocalDate.of(today.getYear(), 1, 1).toString());
        period.put("parcours-au", today.toString());
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        figures.add(new FigureCard("home-structures", getTranslation("partners.home.structures"),
                        number(year.structures()), new RouterLink(getTranslation("partners.home.open-structures"),
                        StructuresView.class)),
                new FigureCard("home-siae", getTranslation("partners.home.siae"), number(year.siaeSupported()),
                        link("partners.home.open-siae", StructuresView.class, Map.of("type", "SIAE"))),
                new FigureCard("home-grants", getTranslation("partners.home.grants"),
                        getTranslation("partners.home.paid-of-granted", Format.euros(year.grantsPaid(), getLocale()),
                                Format.euros(year.grantsGranted(), getLocale())),
                        new RouterLink(getTranslation("partners.home.open-support"), SupportTotalsView.class)),
                new FigureCard("home-pathways", getTranslation("partners.home.pathways"),
                        number(year.participantsInPathways()), seesPeople
                        ? link("partners.home.open-participants", ParticipantsView.class, period) : null));
        for (OutcomeCategory category : OutcomeCategory.values()) {
            Map<String, String> exits = new LinkedHashMap<>(period);
            exits.put("sortie", category.name());
            figures.add(new FigureCard("home-exits-" + category.name(), getTranslation("partners.home.exits",
                    getTranslation("participants.category." + category.name())),
                    number(year.exits().get(category)), seesPeople
                    ? link("partners.home.open-exits", ParticipantsView.class, exits) : null));
        }
        add(new H2(getTranslation("partners.home.title")),
                new Paragraph(getTranslation("partners.home.period", String.valueOf(today.getYear()))),
                new H3(getTranslation("partners.home.figures")), figures);
    }

    /** A link to a list, filtered by its query parameters (the drill-down's URL contract). */
    private RouterLink link(String key, Class<? extends Component> list, Map<String, String> parameters) {
        RouterLink link = new RouterLink(getTranslation(key), list);
        link.setQueryParameters(QueryParameters.simple(parameters));
        return link;
    }

    private String number(long value) {
        return Format.number(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.home.title");
    }
}
