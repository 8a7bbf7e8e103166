package fr.nanterre.insertion.facilitation.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The participants placed on clauses, with the eligibility decision taken when each placement started. */
@Route("placements")
@Menu(title = "facilitation.placements.menu", order = 41, icon = "vaadin:handshake")
@RolesAllowed(Roles.FACILITATOR)
class PlacementsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button place = new Button();
    final Grid<Placement> grid = new Grid<>();

    PlacementsView(PlacementBook placements, FollowedClauses clauses) {
        setSizeFull();
        search.setPlaceholder(getTranslation("facilitation.placements.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        place.setId("new-placement");
        place.setText(getTranslation("facilitation.placements.new"));
        place.setIcon(VaadinIcon.PLUS.create());
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        place.addClickListener(e -> new PlacementForm(placements, clauses.all(),
                saved -> grid.getDataProvider().refreshAll()).open());

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(Placement::participantReference).setHeader(getTranslation("facilitation.placement.participant"))
                .setSortProperty("participantReference").setAutoWidth(true);
        grid.addColumn(Placement::employerName).setHeader(getTranslation("facilitation.placement.employer"))
                .setSortProperty("employerName").setFlexGrow(2);
        grid.addColumn(p -> getTranslation("facilitation.modality." + p.modality().name()))
                .setHeader(getTranslation("facilitation.placement.modality")).setSortProperty("modality");
        grid.addColumn(p -> date.format(p.startDate())).setHeader(getTranslation("facilitation.placement.start"))
                .setSortProperty("startDate");
        grid.addColumn(p -> p.endDate() == null ? "" : date.format(p.endDate()))
                .setHeader(getTranslation("facilitation.placement.end")).setSortProperty("endDate");
        grid.addColumn(p -> p.eligibleAtStart() ? getTranslation("facilitation.placement.eligible")
                        : getTranslation("facilitation.placement.exception"))
                .setHeader(getTranslation("facilitation.placement.eligibility"));
        grid.setEmptyStateText(getTranslation("facilitation.placements.empty"));
        grid.setItems(query -> placements.find(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) placements.count(search.getValue()));

        HorizontalLayout toolbar = new HorizontalLayout(search, place);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("facilitation.placements.title")), toolbar, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.placements.title");
    }
}
