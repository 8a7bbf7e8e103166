package fr.nanterre.insertion.facilitation.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.directory.ReferralDirectory;
import fr.nanterre.insertion.facilitation.directory.ReferralStructure;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/** The structures facilitators refer candidates to, as partners registered them. */
@Route("annuaire")
@Menu(title = "facilitation.directory.menu", order = 40, icon = "vaadin:book")
@RolesAllowed({Roles.FACILITATOR, Roles.ADMIN})
class ReferralDirectoryView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<ReferralStructure> grid = new Grid<>();

    ReferralDirectoryView(ReferralDirectory directory) {
        setSizeFull();
        search.setPlaceholder(getTranslation("facilitation.directory.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidthFull();

        grid.addColumn(ReferralStructure::name).setHeader(getTranslation("facilitation.directory.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(s -> s.kind().name()).setHeader(getTranslation("facilitation.directory.kind"))
                .setSortProperty("kind");
        grid.addColumn(ReferralStructure::siret).setHeader("SIRET").setSortProperty("siret");
        grid.setEmptyStateText(getTranslation("facilitation.directory.empty"));
        grid.setItems(query -> directory.find(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) directory.count(search.getValue()));

        ExportButton export = new ExportButton("annuaire.xlsx", getTranslation("facilitation.directory.menu"),
                List.of(getTranslation("facilitation.directory.name"), getTranslation("facilitation.directory.kind"),
                        "SIRET"),
                () -> directory.findAll(search.getValue()).stream().map(s -> List.of(s.name(), s.kind().name(),
                        s.siret())));
        HorizontalLayout toolbar = new HorizontalLayout(search, export);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(new H2(getTranslation("facilitation.directory.title")), toolbar, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.directory.title");
    }
}
