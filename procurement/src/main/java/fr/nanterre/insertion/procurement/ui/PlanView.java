package fr.nanterre.insertion.procurement.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.recommend.Recommender;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/** The procurement plan: the contracts planned for a year, and the insertion hours they will generate. */
@Route("plan")
@Menu(title = "procurement.plan.menu", order = 21, icon = "vaadin:calendar")
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.FACILITATOR})
class PlanView extends VerticalLayout implements HasDynamicTitle {

    private final ContractRegister register;
    final IntegerField year = new IntegerField();
    final Grid<Contract> grid = new Grid<>();
    final Paragraph total = new Paragraph();

    PlanView(ContractRegister register, Recommender recommender, Clock clock, AuthenticationContext authentication) {
        this.register = register;
        boolean mayApply = authentication.hasAnyRole(Roles.PROCUREMENT, Roles.ADMIN);
        setSizeFull();
        year.setLabel(getTranslation("procurement.plan.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(clock).getYear());
        year.addValueChangeListener(e -> refresh());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(c -> date.format(c.plannedNotification())).setHeader(getTranslation("procurement.plan.when"))
                .setAutoWidth(true);
        grid.addColumn(Contract::reference).setHeader(getTranslation("procurement.contract.reference"))
                .setAutoWidth(true);
        grid.addColumn(Contract::object).setHeader(getTranslation("procurement.contract.object")).setFlexGrow(3);
        grid.addColumn(Contract::buyer).setHeader(getTranslation("procurement.contract.buyer"));
        grid.addColumn(c -> Format.euros(c.amountExclTax(), getLocale()))
                .setHeader(getTranslation("procurement.contract.amount"));
        grid.addColumn(Contract::targetHours).setHeader(getTranslation("procurement.plan.hours"));
        grid.addComponentColumn(planned -> {
            Button recommend = new Button(getTranslation("procurement.recommend.button"),
                    VaadinIcon.LIGHTBULB.create(), e -> new RecommendDialog(recommender, planned, mayApply,
                    applied -> refresh()).open());
            recommend.setId("recommend-" + planned.reference());
            return recommend;
        }).setKey("recommend").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("procurement.plan.empty"));
        grid.addItemClickListener(click -> {
            if (click.getColumn() == null || !"recommend".equals(click.getColumn().getKey())) {
                getUI().ifPresent(ui -> ui.navigate(ContractView.class,
                        new RouteParameters("id", click.getItem().id().toString())));
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(year, export());
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("procurement.plan.title")), toolbar, total, grid);
        expand(grid);
        refresh();
    }

    /** A year's plan is a few dozen contracts: listed whole, with their total. */
    private void refresh() {
        List<Contract> planned = year.getValue() == null ? List.of() : register.plannedIn(year.getValue());
        grid.setItems(planned);
        total.setText(getTranslation("procurement.plan.total", planned.size(),
                planned.stream().mapToInt(Contract::targetHours).sum()));
    }

    private ExportButton export() {
        List<String> headers = List.of(getTranslation("procurement.plan.when"),
                getTranslation("procurement.contract.reference"), getTranslation("procurement.contract.object"),
                getTranslation("procurement.contract.buyer"), getTranslation("procurement.contract.amount"),
                getTranslation("procurement.plan.hours"));
        return new ExportButton("plan.xlsx", getTranslation("procurement.plan.menu"), headers,
                () -> register.plannedIn(year.getValue()).stream().map(c -> Arrays.asList(c.plannedNotification(),
                        c.reference(), c.object(), c.buyer(), c.amountExclTax(), c.targetHours())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procurement.plan.title");
    }
}
