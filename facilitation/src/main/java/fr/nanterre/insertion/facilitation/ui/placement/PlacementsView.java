package fr.nanterre.insertion.facilitation.ui.placement;

import java.time.Clock;
import java.time.YearMonth;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import fr.nanterre.platform.ui.LinkParameters;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The participants placed on clauses, with the eligibility decision taken when each placement started; a row
 * opens the placement, its hours month by month and the entry of hours by hand. The dashboards open it filtered:
 * {@code mois=yyyy-MM} (placements with hours counted that month; {@code mois-au=yyyy-MM} for a range),
 * {@code modalite=<Modality>}, {@code acheteur=<buyer>}; a value it cannot read is ignored.
 */
@Route("placements")
@Menu(title = "facilitation.placements.menu", order = 41, icon = "vaadin:handshake")
@RolesAllowed(Roles.FACILITATOR)
class PlacementsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Running today, ended, or both. */
    enum Period { RUNNING, ENDED, ALL }

    final TextField search = new TextField();
    final Select<Modality> modality = new Select<>();
    final Select<Period> period = new Select<>();
    final Checkbox exceptions = new Checkbox();
    /** The months of the drill-down, shown; cleared to see every month. */
    final TextField months = new TextField();
    final TextField buyer = new TextField();
    private @Nullable YearMonth firstMonth;
    private @Nullable YearMonth lastMonth;
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
        months.setLabel(getTranslation("facilitation.placements.months"));
        months.setReadOnly(true);
        months.setVisible(false);
        months.setClearButtonVisible(true);
        months.addValueChangeListener(e -> {
            if (e.getValue().isEmpty() && e.isFromClient()) {
                firstMonth = null;
                lastMonth = null;
                months.setVisible(false);
                grid.getDataProvider().refreshAll();
            }
        });
        buyer.setLabel(getTranslation("facilitation.placements.buyer"));
        buyer.setClearButtonVisible(true);
        buyer.setValueChangeMode(ValueChangeMode.LAZY);
        buyer.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
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

        HorizontalLayout toolbar = new HorizontalLayout(search, modality, period, exceptions, months, buyer, export,
                place);
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
        return new PlacementFilter(search.getValue(), modality.getValue(), running, exceptions.getValue(), firstMonth,
                lastMonth, buyer.getValue().isBlank() ? null : buyer.getValue().strip());
    }

    /** The dashboards' drill-down: the filters in the address, shown in the filter fields; unreadable values ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkParameters link = LinkParameters.of(event);
        if (!link.namesAny("mois", "mois-au", "modalite", "acheteur")) {
            return;
        }
        // a drill-down sets its four filters: those it does not name are cleared
        modality.clear();
        buyer.clear();
        months.clear();
        months.setVisible(false);
        firstMonth = link.month("mois").orElse(null);
        lastMonth = firstMonth == null ? null : link.month("mois-au").orElse(null);
        if (lastMonth != null && lastMonth.isBefore(firstMonth)) {
            lastMonth = null;
        }
        if (firstMonth != null) {
            months.setValue(lastMonth == null || lastMonth.equals(firstMonth) ? firstMonth.toString()
                    : firstMonth + " – " + lastMonth);
            months.setVisible(true);
        }
        link.named("modalite", Modality.class).ifPresent(modality::setValue);
        link.text("acheteur").ifPresent(buyer::setValue);
        grid.getDataProvider().refreshAll();
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
