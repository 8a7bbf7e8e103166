package fr.nanterre.insertion.procurement.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
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
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.ProcurementFigures;
import fr.nanterre.insertion.procurement.ProcurementFigures.BuyerHours;
import fr.nanterre.insertion.procurement.ProcurementIndicators;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.FigureCard;
import jakarta.annotation.security.RolesAllowed;

/**
 * The procurement department's home: pillar 2's figures of the year so far (contracts with a social consideration,
 * companies, hours targeted against realised, clauses behind, penalties at stake) and the hours by buyer.
 */
@Route("accueil-commande-publique")
@Menu(title = "procurement.home.menu", order = 19, icon = "vaadin:dashboard")
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
class ProcurementHomeView extends VerticalLayout implements HasDynamicTitle {

    final FlexLayout figures = new FlexLayout();
    final Grid<BuyerHours> buyers = new Grid<>();

    ProcurementHomeView(ProcurementIndicators indicators, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        ProcurementFigures year = indicators.between(LocalDate.of(today.getYear(), 1, 1), today);
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        // drill-down: each figure opens the contracts it counts
        QueryParameters notifiedThisYear = QueryParameters.simple(Map.of("consideration", "sociale",
                "notifie-du", LocalDate.of(today.getYear(), 1, 1).toString(), "notifie-au", today.toString()));
        figures.add(new FigureCard("home-contracts", getTranslation("procurement.home.contracts"),
                        number(year.contractsWithSocialConsideration()),
                        link("procurement.home.open-contracts", notifiedThisYear),
                        new RouterLink(getTranslation("procurement.home.all-contracts"), ContractsView.class)),
                new FigureCard("home-companies", getTranslation("procurement.home.companies"),
                        number(year.companies()), link("procurement.home.open-contracts", notifiedThisYear)),
                new FigureCard("home-hours", getTranslation("procurement.home.hours"),
                        getTranslation("procurement.home.realised-of-target", number(year.realisedHours()),
                                number(year.targetHours())), null),
                new FigureCard("home-behind", getTranslation("procurement.home.behind"),
                        number(year.statuses().get(ComplianceStatus.BEHIND)),
                        link("procurement.home.open-behind", QueryParameters.of("conformite", "BEHIND"))),
                new FigureCard("home-penalties", getTranslation("procurement.home.penalties"),
                        Format.euros(year.penaltiesAtStake(), getLocale()),
                        link("procurement.home.open-failed", QueryParameters.of("conformite", "FAILED"))));
        buyers.addColumn(BuyerHours::buyer).setHeader(getTranslation("procurement.home.buyer")).setFlexGrow(3);
        buyers.addColumn(b -> number(b.clauses())).setHeader(getTranslation("procurement.home.clauses"))
                .setTextAlign(ColumnTextAlign.END);
        buyers.addColumn(b -> number(b.targetHours())).setHeader(getTranslation("procurement.home.target"))
                .setTextAlign(ColumnTextAlign.END);
        buyers.addColumn(b -> number(b.realisedHours())).setHeader(getTranslation("procurement.home.realised"))
                .setTextAlign(ColumnTextAlign.END);
        buyers.setItems(year.byBuyer());
        // drill-down: a buyer's line opens the buyer's contracts
        buyers.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("marches",
                QueryParameters.of("acheteur", click.getItem().buyer()))));
        buyers.setAllRowsVisible(true);
        buyers.setEmptyStateText(getTranslation("procurement.home.no-clause"));
        add(new H2(getTranslation("procurement.home.title")),
                new Paragraph(getTranslation("procurement.home.period", String.valueOf(today.getYear()))), figures,
                new H3(getTranslation("procurement.home.by-buyer")), buyers);
    }

    private RouterLink link(String text, QueryParameters filters) {
        RouterLink link = new RouterLink(getTranslation(text), ContractsView.class);
        link.setQueryParameters(filters);
        return link;
    }

    private String number(Number value) {
        return Format.number(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procurement.home.title");
    }
}
