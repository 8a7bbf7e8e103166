package fr.nanterre.insertion.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.Structure;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.partners.structure.StructureFilter;
import fr.nanterre.insertion.partners.structure.StructureImport;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.Badge;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

/** The Direction emploi-insertion's list of partner structures: search, filter, export, register a new one. */
@Route("structures")
@Menu(title = "partners.structures.menu", order = 10, icon = "vaadin:building")
@RolesAllowed({Roles.PARTNERS, Roles.ADMIN})
class StructuresView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final StructureDirectory directory;
    private final Clock clock;
    final TextField search = new TextField();
    final ComboBox<StructureKind> kindFilter = new ComboBox<>();
    final Select<Boolean> qpvFilter = new Select<>();
    final Select<Boolean> activityFilter = new Select<>();
    final Checkbox siaeOnly = new Checkbox();
    final Button register = new Button();
    final Button importFile = new Button();
    final Grid<Structure> grid = new Grid<>();

    StructuresView(StructureDirectory directory, StructureImport structureImport, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        setSizeFull();

        search.setId("structure-search");
        search.setPlaceholder(getTranslation("partners.structures.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        kindFilter.setPlaceholder(getTranslation("partners.structures.all-kinds"));
        kindFilter.setItems(StructureKind.values());
        kindFilter.setItemLabelGenerator(this::label);
        kindFilter.setClearButtonVisible(true);
        kindFilter.addValueChangeListener(e -> refresh());
        siaeOnly.setId("structures-siae-only");
        siaeOnly.setLabel(getTranslation("partners.structures.siae-only"));
        siaeOnly.addValueChangeListener(e -> refresh());
        yesNoFilter(qpvFilter, "partners.structures.qpv-filter.all", "partners.structures.qpv-filter.yes",
                "partners.structures.qpv-filter.no");
        yesNoFilter(activityFilter, "partners.structures.activity-filter.all",
                "partners.structures.activity-filter.active", "partners.structures.activity-filter.inactive");

        register.setId("register-structure");
        register.setText(getTranslation("partners.structures.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> new StructureForm(directory, null, this::label, saved -> refresh()).open());

        importFile.setText(getTranslation("partners.import.open"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.addClickListener(e -> new StructureImportDialog(structureImport, this::refresh).open());

        HorizontalLayout toolbar = new HorizontalLayout(search, kindFilter, siaeOnly, qpvFilter, activityFilter, export(),
                importFile, register);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        search.setMinWidth("16rem");
        toolbar.expand(search);

        configureGrid();
        add(new H2(getTranslation("partners.structures.title")), toolbar, grid);
        expand(grid);
    }

    private void yesNoFilter(Select<Boolean> filter, String all, String yes, String no) {
        filter.setItems(Boolean.TRUE, Boolean.FALSE);
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation(all));
        filter.setItemLabelGenerator(value -> value == null ? getTranslation(all)
                : getTranslation(value ? yes : no));
        filter.setWidth("11rem");
        filter.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(Structure::name).setHeader(getTranslation("partners.structure.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(s -> label(s.kind())).setHeader(getTranslation("partners.structure.kind"))
                .setSortProperty("kind").setFlexGrow(2);
        grid.addComponentColumn(this::siretCell).setHeader(getTranslation("partners.structure.siret"))
                .setSortProperty("siret").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.address().commune()).setHeader(getTranslation("partners.structure.commune"))
                .setSortProperty("address.commune");
        grid.addColumn(s -> s.inQpv() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("partners.structure.qpv")).setSortProperty("inQpv").setAutoWidth(true);
        grid.addComponentColumn(this::activityBadge).setHeader(getTranslation("partners.structure.activity"))
                .setAutoWidth(true);
        grid.addColumn(s -> date.format(s.registeredAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("partners.structure.registered-at")).setSortProperty("registeredAt");
        grid.setEmptyStateText(getTranslation("partners.structures.empty"));
        grid.setItems(query -> directory.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(StructureView.class,
                new RouteParameters("id", click.getItem().id().toString()))));
    }

    private ExportButton export() {
        List<String> headers = List.of(getTranslation("partners.structure.name"),
                getTranslation("partners.structure.kind"), getTranslation("partners.structure.siret"),
                getTranslation("partners.structure.street"), getTranslation("partners.structure.postal-code"),
                getTranslation("partners.structure.commune"), getTranslation("partners.structure.insee-code"),
                getTranslation("partners.structure.qpv"), getTranslation("partners.structure.agreement-posts"),
                getTranslation("partners.structure.agreement-from"), getTranslation("partners.structure.agreement-to"),
                getTranslation("partners.structure.activity"));
        String active = getTranslation("partners.structure.active");
        String inactive = getTranslation("partners.structure.inactive");
        return new ExportButton("structures.xlsx", getTranslation("partners.structures.menu"), headers, () -> {
            LocalDate today = LocalDate.now(clock);
            return directory.findAll(filter(), Sort.by("name")).stream().map(s -> List.of(s.name(),
                    s.kind().name(), s.siret().value(), text(s.address().street()), text(s.address().postalCode()),
                    text(s.address().commune()), text(s.address().inseeCode()), s.inQpv(),
                    s.agreement().postsFte() == null ? "" : s.agreement().postsFte(),
                    s.agreement().validFrom() == null ? "" : s.agreement().validFrom(),
                    s.agreement().validTo() == null ? "" : s.agreement().validTo(),
                    s.isActiveOn(today) ? active : inactive));
        });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private Span siretCell(Structure structure) {
        Span cell = new Span(structure.siret().value());
        if (!structure.siret().passesChecksum()) {
            Span warning = new Span(VaadinIcon.WARNING.create());
            warning.getElement().setAttribute("title", getTranslation("partners.structure.siret.checksum-warning"));
            warning.getStyle().set("color", "var(--lumo-warning-text-color, #8a6d00)").set("margin-left", "0.3em");
            cell.add(warning);
        }
        return cell;
    }

    private Badge activityBadge(Structure structure) {
        return activityBadge(structure.isActiveOn(LocalDate.now(clock)), this::getTranslation);
    }

    /** Green for an active structure, grey for an inactive one. */
    static Badge activityBadge(boolean active, Function<String, String> translation) {
        return active ? new Badge(translation.apply("partners.structure.active"), Badge.Tone.SUCCESS)
                : new Badge(translation.apply("partners.structure.inactive"), Badge.Tone.NEUTRAL);
    }

    private StructureFilter filter() {
        return new StructureFilter(search.getValue(), kindFilter.getValue(), qpvFilter.getValue(),
                activityFilter.getValue(), siaeOnly.getValue());
    }

    /**
     * A figure opens the list already filtered: {@code structures?type=SIAE} shows the SIAE only, {@code type=<kind>}
     * one kind. An unknown value is ignored (the list shows unfiltered).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String type = event.getLocation().getQueryParameters().getSingleParameter("type").orElse("");
        siaeOnly.setValue("SIAE".equals(type));
        kindFilter.setValue(java.util.Arrays.stream(StructureKind.values()).filter(kind -> kind.name().equals(type))
                .findFirst().orElse(null));
    }

    String label(StructureKind kind) {
        return getTranslation("partners.kind." + kind.name());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.structures.title");
    }
}
