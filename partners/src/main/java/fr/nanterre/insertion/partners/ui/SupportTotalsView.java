package fr.nanterre.insertion.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.nanterre.insertion.partners.support.CitySupport;
import fr.nanterre.insertion.partners.support.SupportTotals;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/** The City's support of a year, per kind of structure: granted, paid, objectives against results. */
@Route("soutien")
@Menu(title = "partners.support.menu", order = 11, icon = "vaadin:euro")
@RolesAllowed({Roles.PARTNERS, Roles.ADMIN})
class SupportTotalsView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField year = new IntegerField();
    final Grid<SupportTotals> grid = new Grid<>();
    private final CitySupport support;

    SupportTotalsView(CitySupport support, Clock clock) {
        this.support = support;
        setSizeFull();
        year.setLabel(getTranslation("partners.support.year"));
        year.setStepButtonsVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        year.setValue(LocalDate.now(clock).getYear());
        year.addValueChangeListener(e -> refresh());

        grid.addColumn(t -> getTranslation("partners.kind." + t.kind().name()))
                .setHeader(getTranslation("partners.structure.kind")).setFlexGrow(3).setSortable(true)
                .setComparator(SupportTotals::kind);
        grid.addColumn(SupportTotals::structures).setHeader(getTranslation("partners.support.structures"))
                .setSortable(true);
        grid.addColumn(t -> getTranslation("partners.support.euros", t.granted()))
                .setHeader(getTranslation("partners.support.amount")).setComparator(SupportTotals::granted);
        grid.addColumn(t -> getTranslation("partners.support.euros", t.paid()))
                .setHeader(getTranslation("partners.support.paid")).setComparator(SupportTotals::paid);
        grid.addColumn(t -> versus(t.objectiveHires(), t.resultHires()))
                .setHeader(getTranslation("partners.support.hires"));
        grid.addColumn(t -> versus(t.objectiveHours(), t.resultHours()))
                .setHeader(getTranslation("partners.support.hours"));
        grid.addColumn(t -> versus(t.objectiveDurableExits(), t.resultDurableExits()))
                .setHeader(getTranslation("partners.support.durable-exits"));
        grid.setEmptyStateText(getTranslation("partners.support.totals.empty"));

        HorizontalLayout toolbar = new HorizontalLayout(year, export());
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("partners.support.totals.title")), toolbar, grid);
        expand(grid);
        refresh();
    }

    /** A year has at most one row per kind of structure: the grid holds them all, no paging needed. */
    private void refresh() {
        grid.setItems(year.getValue() == null ? List.of() : support.totals(year.getValue()));
    }

    private ExportButton export() {
        List<String> headers = List.of(getTranslation("partners.support.year"),
                getTranslation("partners.structure.kind"), getTranslation("partners.support.structures"),
                getTranslation("partners.support.amount"), getTranslation("partners.support.paid"),
                getTranslation("partners.support.objective-hires"), getTranslation("partners.support.result-hires"),
                getTranslation("partners.support.objective-hours"), getTranslation("partners.support.result-hours"),
                getTranslation("partners.support.objective-exits"), getTranslation("partners.support.result-exits"));
        return new ExportButton("soutien.xlsx", getTranslation("partners.support.menu"), headers,
                () -> support.totals(year.getValue()).stream().map(t -> Arrays.asList(t.year(), t.kind().name(),
                        t.structures(), t.granted(), t.paid(), t.objectiveHires(), t.resultHires(),
                        t.objectiveHours(), t.resultHours(), t.objectiveDurableExits(), t.resultDurableExits())));
    }

    /** "objective / result", with a dash while no result is reported. */
    static String versus(int objective, Integer result) {
        return objective + " / " + (result == null ? "—" : result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.support.totals.title");
    }
}
