package fr.nanterre.insertion.partners.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.Structure;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.insertion.partners.structure.StructureFilter;
import fr.nanterre.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The Direction emploi-insertion's list of partner structures: search, filter by kind, register a new one. */
@Route("structures")
@Menu(title = "partners.structures.menu", order = 10, icon = "vaadin:building")
@RolesAllowed({Roles.PARTNERS, Roles.ADMIN})
class StructuresView extends VerticalLayout implements HasDynamicTitle {

    private final StructureDirectory directory;
    final TextField search = new TextField();
    final ComboBox<StructureKind> kindFilter = new ComboBox<>();
    final Button register = new Button();
    final Grid<Structure> grid = new Grid<>();

    StructuresView(StructureDirectory directory) {
        this.directory = directory;
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

        register.setId("register-structure");
        register.setText(getTranslation("partners.structures.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> new StructureForm(directory, this::label, this::refresh).open());

        HorizontalLayout toolbar = new HorizontalLayout(search, kindFilter, register);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);

        configureGrid();
        add(new H2(getTranslation("partners.structures.title")), toolbar, grid);
        expand(grid);
    }

    private void configureGrid() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(Structure::name).setHeader(getTranslation("partners.structure.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(s -> label(s.kind())).setHeader(getTranslation("partners.structure.kind"))
                .setSortProperty("kind");
        grid.addComponentColumn(this::siretCell).setHeader(getTranslation("partners.structure.siret"))
                .setSortProperty("siret");
        grid.addColumn(s -> date.format(s.registeredAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("partners.structure.registered-at")).setSortProperty("registeredAt");
        grid.setEmptyStateText(getTranslation("partners.structures.empty"));
        grid.setItems(query -> directory.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter()));
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

    private StructureFilter filter() {
        return new StructureFilter(search.getValue(), kindFilter.getValue());
    }

    private String label(StructureKind kind) {
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
