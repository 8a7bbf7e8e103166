package fr.nanterre.insertion.facilitation.ui.placement;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.ledger.CountingSettings;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementFilter;
import fr.nanterre.insertion.partners.ParticipantRegistry;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/**
 * The participants placed on clauses, with the eligibility decision taken when each placement started; a row
 * opens the placement, its hours month by month and the entry of hours by hand.
 */
@Route("placements")
@Menu(title = "facilitation.placements.menu", order = 41, icon = "vaadin:handshake")
@RolesAllowed(Roles.FACILITATOR)
class PlacementsView extends VerticalLayout implements HasDynamicTitle {

    /** Running today, ended, or both. */
    enum Period { RUNNING, ENDED, ALL }

    final TextField search = new TextField();
    final Select<Modality> modality = new Select<>();
    final Select<Period> period = new Select<>();
    final Checkbox exceptions = new Checkbox();
    final Button place = new Button();
    final Grid<Placement> grid = new Grid<>();

    PlacementsView(PlacementBook placements, FollowedClauses clauses, Ledger ledger, CountingSettings settings,
                   ParticipantRegistry participants, Clock clock) {
        setSizeFull();
        search.setPlaceholder(getTranslation("facilitation.placements.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        modality.setLabel(getTranslation("facilitation.placement.modality"));
        modality.setItems(Modality.values());
        modality.setEmptySelectionAllowed(true);
        modality.setEmptySelectionCaption(getTranslation("facilitation.placements.all-modalities"));
        modality.setItemLabelGenerator(m -> m == null ? getTranslation("facilitation.placements.all-modalities")
                : getTranslation("facilitation.modality." + m.name()));
        modality.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        period.setLabel(getTranslation("facilitation.placements.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("facilitation.placements.period." + p.name()));
        period.setValue(Period.ALL);
        period.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        exceptions.setLabel(getTranslation("facilitation.placements.exceptions"));
        exceptions.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        place.setId("new-placement");
        place.setText(getTranslation("facilitation.placements.new"));
        place.setIcon(VaadinIcon.PLUS.create());
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        place.addClickListener(e -> new PlacementForm(placements, clauses, null,
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
        grid.addColumn(p -> p.shares().size() == 1 ? "1" : getTranslation("facilitation.placement.shared",
                        p.shares().size()))
                .setHeader(getTranslation("facilitation.placement.clauses"));
        grid.addColumn(this::eligibility).setHeader(getTranslation("facilitation.placement.eligibility"))
                .setSortProperty("eligibleAtStart");
        grid.setEmptyStateText(getTranslation("facilitation.placements.empty"));
        grid.setItems(query -> placements.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) placements.count(filter()));
        grid.addItemClickListener(click -> placements.open(click.getItem().id()).ifPresent(placement ->
                new PlacementDialog(placement, placements, clauses, ledger, settings,
                        participants.criterionLabels(getLocale()), clock, () -> grid.getDataProvider().refreshAll())
                        .open()));

        ExportButton export = new ExportButton("mises-a-l-emploi.xlsx", getTranslation("facilitation.placements.menu"),
                List.of(getTranslation("facilitation.placement.participant"),
                        getTranslation("facilitation.placement.employer"),
                        getTranslation("facilitation.placement.employer-siret"),
                        getTranslation("facilitation.placement.modality"),
                        getTranslation("facilitation.placement.contract-type"),
                        getTranslation("facilitation.placement.start"), getTranslation("facilitation.placement.end"),
                        getTranslation("facilitation.placement.clauses"),
                        getTranslation("facilitation.placement.eligibility")),
                () -> placements.findAll(filter()).stream().map(p -> Arrays.asList(p.participantReference(),
                        p.employerName(), p.employerSiret(), getTranslation("facilitation.modality." + p.modality()),
                        p.contractType() == null ? null : getTranslation("facilitation.contract-type." + p.contractType()),
                        p.startDate(), p.endDate(), p.shares().size(), eligibility(p))));

        HorizontalLayout toolbar = new HorizontalLayout(search, modality, period, exceptions, export, place);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("facilitation.placements.title")), toolbar, grid);
        expand(grid);
    }

    private PlacementFilter filter() {
        Boolean running = switch (period.getValue()) {
            case RUNNING -> true;
            case ENDED -> false;
            case ALL -> null;
        };
        return new PlacementFilter(search.getValue(), modality.getValue(), running, exceptions.getValue());
    }

    private String eligibility(Placement placement) {
        return getTranslation(placement.eligibleAtStart() ? "facilitation.placement.eligible"
                : "facilitation.placement.exception");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.placements.title");
    }
}
