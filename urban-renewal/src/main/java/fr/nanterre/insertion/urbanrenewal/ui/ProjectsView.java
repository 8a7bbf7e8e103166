package fr.nanterre.insertion.urbanrenewal.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.urbanrenewal.project.CharterSettings;
import fr.nanterre.insertion.urbanrenewal.project.Project;
import fr.nanterre.insertion.urbanrenewal.project.ProjectRegister;
import fr.nanterre.platform.security.CurrentUser;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/** The urban-renewal projects (PRUS) and the charter rate their operations inherit. */
@Route("renovation-urbaine")
@Menu(title = "urbanrenewal.projects.menu", order = 30, icon = "vaadin:home-o")
@RolesAllowed({Roles.URBAN_RENEWAL, Roles.ADMIN, Roles.VIEWER})
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectRegister projects;
    final TextField search = new TextField();
    final Button create = new Button();
    final Grid<Project> grid = new Grid<>();

    ProjectsView(ProjectRegister projects, CharterSettings settings, CurrentUser user) {
        this.projects = projects;
        setSizeFull();
        search.setId("project-search");
        search.setPlaceholder(getTranslation("urbanrenewal.projects.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("16rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setId("new-project");
        create.setText(getTranslation("urbanrenewal.projects.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(user.hasAnyRole(Roles.URBAN_RENEWAL));
        create.addClickListener(e -> new ProjectForm(projects, settings, null, this::open).open());

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(Project::name).setHeader(getTranslation("urbanrenewal.project.name"))
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(Project::qpvs).setHeader(getTranslation("urbanrenewal.project.qpvs"))
                .setSortProperty("qpvs").setFlexGrow(2);
        grid.addColumn(p -> date.format(p.startDate())).setHeader(getTranslation("urbanrenewal.project.start"))
                .setSortProperty("startDate").setAutoWidth(true);
        grid.addColumn(p -> p.endDate() == null ? "—" : date.format(p.endDate()))
                .setHeader(getTranslation("urbanrenewal.project.end")).setSortProperty("endDate").setAutoWidth(true);
        grid.addColumn(p -> p.projectLead() == null ? "—" : p.projectLead())
                .setHeader(getTranslation("urbanrenewal.project.lead")).setSortProperty("projectLead");
        grid.addColumn(p -> CharterText.rate(p.charterRatePercent(), getLocale()))
                .setHeader(getTranslation("urbanrenewal.project.rate")).setSortProperty("charterRatePercent")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("urbanrenewal.projects.empty"));
        grid.setItems(query -> projects.find(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) projects.count(search.getValue()));
        grid.addItemClickListener(click -> open(click.getItem()));

        HorizontalLayout toolbar = new HorizontalLayout(search, export(), create);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("urbanrenewal.projects.title")),
                new Paragraph(getTranslation("urbanrenewal.projects.help")), toolbar, grid);
        expand(grid);
    }

    private void open(Project project) {
        getUI().ifPresent(ui -> ui.navigate(ProjectView.class, new RouteParameters("id", project.id().toString())));
    }

    private ExportButton export() {
        List<String> headers = List.of(getTranslation("urbanrenewal.project.name"),
                getTranslation("urbanrenewal.project.qpvs"), getTranslation("urbanrenewal.project.start"),
                getTranslation("urbanrenewal.project.end"), getTranslation("urbanrenewal.project.lead"),
                getTranslation("urbanrenewal.project.rate"));
        return new ExportButton("projets-renovation-urbaine.xlsx", getTranslation("urbanrenewal.projects.menu"),
                headers, () -> projects.findAll(search.getValue()).stream().map(p -> Arrays.asList(p.name(),
                        p.qpvs(), p.startDate(), p.endDate(), p.projectLead(), p.charterRatePercent())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("urbanrenewal.projects.title");
    }
}
