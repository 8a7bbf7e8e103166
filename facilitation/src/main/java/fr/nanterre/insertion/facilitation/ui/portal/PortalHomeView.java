package fr.nanterre.insertion.facilitation.ui.portal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal.CompanyClause;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal.PlacedPerson;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.Badge;
import jakarta.annotation.security.RolesAllowed;

/**
 * A company's home: its clauses, each with its target, realised hours, progress, status and the penalty it risks,
 * then the people placed with it (name and reference only). Everything is scoped on the account's SIRETs by the
 * service.
 */
@Route("portail")
@Menu(title = "facilitation.portal.menu", order = 1, icon = "vaadin:home-o")
@RolesAllowed(Roles.COMPANY)
class PortalHomeView extends VerticalLayout implements HasDynamicTitle {

    final FlexLayout clauses = new FlexLayout();
    final Grid<PlacedPerson> people = new Grid<>();

    PortalHomeView(CompanyPortal portal) {
        setWidthFull();
        setMaxWidth("70rem");
        add(new H2(getTranslation("facilitation.portal.title")),
                new Paragraph(getTranslation("facilitation.portal.sirets", String.join(", ", portal.sirets()))));

        clauses.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        clauses.getStyle().set("gap", "var(--lumo-space-m)");
        clauses.setWidthFull();
        var mine = portal.clauses();
        mine.forEach(clause -> clauses.add(card(clause)));
        add(new H3(getTranslation("facilitation.portal.clauses")));
        add(mine.isEmpty() ? new Paragraph(getTranslation("facilitation.portal.clauses.none")) : clauses);

        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        people.addColumn(PlacedPerson::name).setHeader(getTranslation("facilitation.portal.person.name"))
                .setKey("name").setFlexGrow(2);
        people.addColumn(PlacedPerson::reference).setHeader(getTranslation("facilitation.portal.person.reference"))
                .setKey("reference");
        people.addColumn(p -> day.format(p.start())).setHeader(getTranslation("facilitation.portal.person.start"))
                .setKey("start");
        people.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.setEmptyStateText(getTranslation("facilitation.portal.people.none"));
        people.setItems(query -> portal.placements(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) portal.countPlacements());
        people.setAllRowsVisible(true);
        add(new H3(getTranslation("facilitation.portal.people")), people);
    }

    /** One clause as a card, readable on a phone. */
    private Div card(CompanyClause clause) {
        Div card = new Div();
        card.addClassName("portal-clause");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("flex", "1 1 18rem").set("max-width", "100%")
                .set("box-sizing", "border-box");
        Span title = new Span(clause.contractReference() + " — " + getTranslation("facilitation.portal.clause.lot")
                + " " + clause.lotNumber() + " " + clause.lotTitle());
        title.getStyle().set("font-weight", "600");
        Badge status = new Badge(getTranslation("facilitation.portal.status." + clause.status().name()),
                switch (clause.status()) {
                    case ACHIEVED -> Badge.Tone.SUCCESS;
                    case ON_TRACK -> Badge.Tone.INFO;
                    case BEHIND -> Badge.Tone.WARNING;
                    case FAILED -> Badge.Tone.ERROR;
                    default -> Badge.Tone.NEUTRAL;
                });
        VerticalLayout figures = new VerticalLayout(
                line("facilitation.portal.clause.target", Format.number(clause.targetHours(), getLocale())),
                line("facilitation.portal.clause.realised", Format.number(clause.realisedHours(), getLocale())),
                line("facilitation.portal.clause.percent", Format.number(clause.percentOfTarget(), getLocale()) + " %"),
                line("facilitation.portal.clause.penalty", Format.euros(clause.penaltyAtRisk(), getLocale())));
        figures.setPadding(false);
        figures.setSpacing(false);
        VerticalLayout body = new VerticalLayout(title, new Span(clause.buyer()), status, figures);
        body.setPadding(false);
        body.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.START);
        card.add(body);
        return card;
    }

    private Div line(String key, String value) {
        Div line = new Div(new Span(getTranslation(key) + " : "), new Span(value));
        line.getElement().setAttribute("data-figure", key.substring(key.lastIndexOf('.') + 1));
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.portal.title");
    }
}
