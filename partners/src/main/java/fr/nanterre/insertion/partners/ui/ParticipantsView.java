package fr.nanterre.insertion.partners.ui;

import static fr.nanterre.insertion.partners.ui.ParticipantDates.date;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.partners.AgeBand;
import fr.nanterre.insertion.partners.OutcomeCategory;
import fr.nanterre.insertion.partners.Residence;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ParticipantFilter;
import fr.nanterre.insertion.partners.participant.ParticipantRow;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.LinkParameters;
import fr.nanterre.platform.ui.ExportButton;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;

/** The people followed by the policy: search by name, filter, enrol a new one, open a file. */
@Route("participants")
@Menu(title = "participants.menu", order = 12, icon = "vaadin:users")
@RolesAllowed({Roles.PARTNERS, Roles.FACILITATOR})
class ParticipantsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ParticipantDirectory directory;
    final TextField search = new TextField();
    final ComboBox<Boolean> qpvFilter = new ComboBox<>();
    final ComboBox<ReferringOrganisation> organisationFilter = new ComboBox<>();
    final Checkbox eligibleToday = new Checkbox();
    final DatePicker pathwayFrom = new LocalizedDatePicker("");
    final DatePicker pathwayTo = new LocalizedDatePicker("");
    final ComboBox<Sex> sexFilter = new ComboBox<>();
    final ComboBox<AgeBand> ageFilter = new ComboBox<>();
    final ComboBox<Residence> residenceFilter = new ComboBox<>();
    final ComboBox<String> criterionFilter = new ComboBox<>();
    final ComboBox<OutcomeCategory> exitFilter = new ComboBox<>();
    final Button enrol = new Button();
    final Grid<ParticipantRow> grid = new Grid<>();

    ParticipantsView(ParticipantDirectory directory, Clock clock) {
        this.directory = directory;
        setSizeFull();

        search.setId("participant-search");
        search.setPlaceholder(getTranslation("participants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        qpvFilter.setPlaceholder(getTranslation("participants.qpv.all"));
        qpvFilter.setItems(true, false);
        qpvFilter.setItemLabelGenerator(qpv -> getTranslation("participants.qpv." + qpv));
        qpvFilter.setClearButtonVisible(true);
        qpvFilter.addValueChangeListener(e -> refresh());

        organisationFilter.setPlaceholder(getTranslation("participants.organisation.all"));
        organisationFilter.setItems(ReferringOrganisation.values());
        organisationFilter.setItemLabelGenerator(o -> getTranslation("participants.organisation." + o.name()));
        organisationFilter.setClearButtonVisible(true);
        organisationFilter.addValueChangeListener(e -> refresh());

        eligibleToday.setLabel(getTranslation("participants.eligible-today"));
        eligibleToday.addValueChangeListener(e -> refresh());

        pathwayFrom.setId("participants-pathway-from");
        pathwayFrom.setPlaceholder(getTranslation("participants.filter.pathway-from"));
        pathwayFrom.setClearButtonVisible(true);
        pathwayFrom.addValueChangeListener(e -> refresh());
        pathwayTo.setId("participants-pathway-to");
        pathwayTo.setPlaceholder(getTranslation("participants.filter.pathway-to"));
        pathwayTo.setClearButtonVisible(true);
        pathwayTo.addValueChangeListener(e -> refresh());
        choice(sexFilter, "participants-sex", "participants.filter.sex.all", Sex.values(),
                sex -> getTranslation("participants.sex." + sex.name()));
        choice(ageFilter, "participants-age", "participants.filter.age.all", AgeBand.values(),
                age -> getTranslation("participants.age-band." + age.name()));
        choice(residenceFilter, "participants-residence", "participants.filter.residence.all", Residence.values(),
                residence -> getTranslation("participants.residence." + residence.name()));
        Map<String, String> criteria = new LinkedHashMap<>();
        directory.criteria().forEach(c -> criteria.put(c.code(), c.label(getLocale())));
        choice(criterionFilter, "participants-criterion", "participants.filter.criterion.all",
                criteria.keySet().toArray(String[]::new), code -> criteria.getOrDefault(code, code));
        choice(exitFilter, "participants-exit", "participants.filter.exit.all", OutcomeCategory.values(),
                category -> getTranslation("participants.category." + category.name()));

        enrol.setId("enrol-participant");
        enrol.setText(getTranslation("participants.enrol"));
        enrol.setIcon(VaadinIcon.PLUS.create());
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> new ParticipantForm(directory, null, clock, saved -> {
            Notices.done("participants.enrolled", saved.reference());
            ParticipantFileView.open(saved.id());
        }).open());

        HorizontalLayout toolbar = new HorizontalLayout(search, qpvFilter, organisationFilter, eligibleToday,
                pathwayFrom, pathwayTo, sexFilter, ageFilter, residenceFilter, criterionFilter, exitFilter, export(),
                enrol);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);

        configureGrid();
        add(new H2(getTranslation("participants.title")), toolbar, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.addColumn(ParticipantRow::reference).setHeader(getTranslation("participants.participant.reference"))
                .setSortProperty("reference");
        grid.addColumn(this::name).setHeader(getTranslation("participants.participant.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(row -> date(row.birthDate(), getLocale()))
                .setHeader(getTranslation("participants.participant.birth-date")).setSortProperty("birthDate");
        grid.addColumn(ParticipantRow::commune).setHeader(getTranslation("participants.participant.commune"))
                .setSortProperty("commune");
        grid.addColumn(row -> getTranslation(row.qpvResident() ? "participants.yes" : "participants.no"))
                .setHeader("QPV");
        grid.addColumn(row -> getTranslation("participants.organisation." + row.referringOrganisation().name()))
                .setHeader(getTranslation("participants.participant.referring-organisation"))
                .setSortProperty("referringOrganisation");
        grid.addColumn(row -> date(row.enrolledOn(), getLocale()))
                .setHeader(getTranslation("participants.participant.enrolled-on")).setSortProperty("enrolledOn");
        grid.setEmptyStateText(getTranslation("participants.empty"));
        grid.addItemClickListener(e -> ParticipantFileView.open(e.getItem().id()));
        grid.setItems(query -> directory.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter()));
    }

    /** The list with its filters; the export is written to the audit log. */
    private ExportButton export() {
        List<String> headers = List.of(getTranslation("participants.participant.reference"),
                getTranslation("participants.participant.last-name"), getTranslation("participants.participant.first-name"),
                getTranslation("participants.participant.birth-date"), getTranslation("participants.participant.sex"),
                getTranslation("participants.participant.commune"), getTranslation("participants.participant.qpv-resident"),
                getTranslation("participants.participant.referring-organisation"),
                getTranslation("participants.participant.enrolled-on"));
        String yes = getTranslation("participants.yes");
        String no = getTranslation("participants.no");
        return new ExportButton("participants.xlsx", getTranslation("participants.menu"), headers,
                () -> directory.export(filter()).stream().map(row -> Arrays.asList(row.reference(), row.lastName(),
                        row.firstName(), row.birthDate(), row.sex().name(), row.commune(),
                        row.qpvResident() ? yes : no, row.referringOrganisation().name(), row.enrolledOn())));
    }

    private String name(ParticipantRow row) {
        return row.anonymised() ? getTranslation("participants.anonymised")
                : row.lastName().toUpperCase(getLocale()) + " " + row.firstName();
    }

    private <T> void choice(ComboBox<T> field, String id, String allKey, T[] items, ItemLabelGenerator<T> label) {
        field.setId(id);
        field.setPlaceholder(getTranslation(allKey));
        field.setItems(items);
        field.setItemLabelGenerator(label);
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> refresh());
    }

    ParticipantFilter filter() {
        return new ParticipantFilter(search.getValue(), qpvFilter.getValue(), organisationFilter.getValue(),
                eligibleToday.getValue(), pathwayFrom.getValue(), pathwayTo.getValue(), sexFilter.getValue(),
                ageFilter.getValue(), residenceFilter.getValue(), criterionFilter.getValue(), exitFilter.getValue());
    }

    /**
     * A dashboard's figure opens the list already filtered, the filters shown in their fields:
     * {@code participants?parcours-du=2025-01-01&parcours-au=2025-12-31&sexe=FEMALE&age=UNDER_26&residence=NANTERRE_QPV
     * &critere=RSA&sortie=DURABLE_JOB}. An unknown or malformed value is ignored (that filter stays empty); a
     * parameter left out empties its filter, so that each link shows its own list.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkParameters link = LinkParameters.of(event);
        pathwayFrom.setValue(link.day("parcours-du").orElse(null));
        pathwayTo.setValue(link.day("parcours-au").orElse(null));
        sexFilter.setValue(link.named("sexe", Sex.class).orElse(null));
        ageFilter.setValue(link.named("age", AgeBand.class).orElse(null));
        residenceFilter.setValue(link.named("residence", Residence.class).orElse(null));
        criterionFilter.setValue(link.text("critere").filter(code -> criterionFilter
                .getListDataView().getItems().anyMatch(code::equals)).orElse(null));
        exitFilter.setValue(link.named("sortie", OutcomeCategory.class).orElse(null));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participants.title");
    }
}
