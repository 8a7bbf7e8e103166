package fr.nanterre.insertion.urbanrenewal.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.insertion.urbanrenewal.project.OperationCategory;
import fr.nanterre.insertion.urbanrenewal.project.OperationFilter;
import fr.nanterre.insertion.urbanrenewal.project.OperationRegister;
import fr.nanterre.insertion.urbanrenewal.project.OwnerKind;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/** Every operation of the projects, by project, category and kind of owner. */
@Route("operations-renovation")
@Menu(title = "urbanrenewal.operations.menu", order = 31, icon = "vaadin:hammer")
@RolesAllowed({Roles.URBAN_RENEWAL, Roles.ADMIN, Roles.VIEWER})
class OperationsView extends VerticalLayout implements HasDynamicTitle {

    private final OperationRegister operations;
    /** A city has a handful of projects: read once, to name each operation's and to filter by them. */
    private final Map<UUID, Project> projects;
    final TextField search = new TextField();
    final Select<Project> projectFilter = new Select<>();
    final Select<OperationCategory> categoryFilter = new Select<>();
    final Select<OwnerKind> ownerKindFilter = new Select<>();
    final Button create = new Button();
    final Grid<Operation> grid = new Grid<>();

    OperationsView(OperationRegister operations, ProjectRegister projectRegister,
                   CurrentUser user) {
        this.operations = operations;
        List<Project> allProjects = projectRegister.findAll(null);
        this.projects = allProjects.stream().collect(Collectors.toMap(Project::id, Function.identity()));
        setSizeFull();
        search.setId("operation-search");
        search.setPlaceholder(getTranslation("urbanrenewal.operations.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("14rem");
        search.addValueChangeListener(e -> refresh());
        projectFilter.setId("operation-project-filter");
        projectFilter.setItems(allProjects);
        projectFilter.setEmptySelectionAllowed(true);
        projectFilter.setEmptySelectionCaption(getTranslation("urbanrenewal.operations.all-projects"));
        projectFilter.setItemLabelGenerator(p -> p == null ? getTranslation("urbanrenewal.operations.all-projects")
                : p.name());
        projectFilter.addValueChangeListener(e -> refresh());
        categoryFilter.setId("operation-category-filter");
        categoryFilter.setItems(OperationCategory.values());
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setEmptySelectionCaption(getTranslation("urbanrenewal.operations.all-categories"));
        categoryFilter.setItemLabelGenerator(c -> c == null ? getTranslation("urbanrenewal.operations.all-categories")
                : getTranslation("urbanrenewal.category." + c.name()));
        categoryFilter.addValueChangeListener(e -> refresh());
        ownerKindFilter.setId("operation-owner-kind-filter");
        ownerKindFilter.setItems(OwnerKind.values());
        ownerKindFilter.setEmptySelectionAllowed(true);
        ownerKindFilter.setEmptySelectionCaption(getTranslation("urbanrenewal.operations.all-owner-kinds"));
        ownerKindFilter.setItemLabelGenerator(k -> k == null
                ? getTranslation("urbanrenewal.operations.all-owner-kinds")
                : getTranslation("urbanrenewal.owner-kind." + k.name()));
        ownerKindFilter.addValueChangeListener(e -> refresh());
        create.setId("new-operation");
        create.setText(getTranslation("urbanrenewal.operations.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(user.hasAnyRole(Roles.URBAN_RENEWAL) && !allProjects.isEmpty());
        create.addClickListener(e -> new OperationForm(operations, allProjects, projectFilter.getValue(), null,
                this::open).open());

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(Operation::name).setHeader(getTranslation("urbanrenewal.operation.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(this::projectName).setHeader(getTranslation("urbanrenewal.operation.project")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("urbanrenewal.owner-kind." + o.ownerKind().name()))
                .setHeader(getTranslation("urbanrenewal.operation.owner-kind")).setSortProperty("ownerKind");
        grid.addColumn(Operation::ownerName).setHeader(getTranslation("urbanrenewal.operation.owner-name"))
                .setSortProperty("ownerName").setFlexGrow(2);
        grid.addColumn(o -> getTranslation("urbanrenewal.category." + o.category().name()))
                .setHeader(getTranslation("urbanrenewal.operation.category")).setSortProperty("category");
        grid.addColumn(o -> date.format(o.startDate())).setHeader(getTranslation("urbanrenewal.operation.start"))
                .setSortProperty("startDate").setAutoWidth(true);
        grid.addColumn(o -> date.format(o.endDate())).setHeader(getTranslation("urbanrenewal.operation.end"))
                .setSortProperty("endDate").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("urbanrenewal.operations.empty"));
        grid.setItems(query -> operations.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) operations.count(filter()));
        grid.addItemClickListener(click -> open(click.getItem()));

        HorizontalLayout toolbar = new HorizontalLayout(search, projectFilter, categoryFilter, ownerKindFilter,
                export(), create);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("urbanrenewal.operations.title")), toolbar, grid);
        expand(grid);
    }

    private String projectName(Operation operation) {
        Project project = projects.get(operation.projectId());
        return project == null ? "—" : project.name();
    }

    private void open(Operation operation) {
        getUI().ifPresent(ui -> ui.navigate(OperationView.class,
                new RouteParameters("id", operation.id().toString())));
    }

    private ExportButton export() {
        List<String> headers = List.of(getTranslation("urbanrenewal.operation.name"),
                getTranslation("urbanrenewal.operation.project"), getTranslation("urbanrenewal.operation.owner-kind"),
                getTranslation("urbanrenewal.operation.owner-name"), getTranslation("urbanrenewal.operation.category"),
                getTranslation("urbanrenewal.operation.start"), getTranslation("urbanrenewal.operation.end"),
                getTranslation("urbanrenewal.operation.own-rate"));
        return new ExportButton("operations-renovation-urbaine.xlsx", getTranslation("urbanrenewal.operations.menu"),
                headers, () -> operations.findAll(filter()).stream().map(o -> Arrays.asList(o.name(),
                        projectName(o), getTranslation("urbanrenewal.owner-kind." + o.ownerKind().name()),
                        o.ownerName(), getTranslation("urbanrenewal.category." + o.category().name()), o.startDate(),
                        o.endDate(), o.rateOverride() == null ? null : o.rateOverride().percent())));
    }

    OperationFilter filter() {
        Project project = projectFilter.getValue();
        return new OperationFilter(search.getValue(), project == null ? null : project.id(),
                categoryFilter.getValue(), ownerKindFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("urbanrenewal.operations.title");
    }
}
