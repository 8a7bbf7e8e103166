package fr.nanterre.insertion.procurement.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.nanterre.insertion.procurement.ComplianceStatus;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractFilter;
import fr.nanterre.insertion.procurement.contract.ContractRow;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.ContractStatus;
import fr.nanterre.insertion.procurement.decp.DecpExport;
import fr.nanterre.insertion.procurement.decp.DecpImport;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.LinkParameters;
import fr.nanterre.platform.ui.Badge;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

/**
 * The contracts of the City and of the other project owners, with their social considerations. The dashboards open
 * it already filtered (drill-down, issue 12), each parameter shown in its filter field: {@code recherche} (text),
 * {@code etat} (a {@link ContractStatus}), {@code acheteur} (a buyer, exactly), {@code conformite} (a
 * {@link ComplianceStatus}: the contracts with a clause in that status today), {@code consideration=sociale} (a
 * clause, a criterion, a reservation or an insertion contract), {@code notifie-du} and {@code notifie-au}
 * (yyyy-MM-dd: notified in that period). An unknown or malformed value is ignored.
 */
@Route("marches")
@Menu(title = "procurement.contracts.menu", order = 20, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.FACILITATOR, Roles.URBAN_RENEWAL})
class ContractsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ContractRegister register;
    final TextField search = new TextField();
    final Select<ContractStatus> statusFilter = new Select<>();
    /** Only the contracts with an awardee the register cannot confirm. */
    final Checkbox toCheck = new Checkbox();
    final ComboBox<String> buyerFilter = new ComboBox<>();
    /** The buyers of the registered contracts, offered by the buyer filter. */
    private final List<String> buyers;
    /** Only the contracts with a clause in this status today. */
    final Select<ComplianceStatus> complianceFilter = new Select<>();
    /** Only the contracts with a social consideration. */
    final Checkbox socialFilter = new Checkbox();
    final DatePicker notifiedFrom = new DatePicker();
    final DatePicker notifiedTo = new DatePicker();
    final Button create = new Button();
    final Grid<ContractRow> grid = new Grid<>();

    ContractsView(ContractRegister register, DecpImport decpImport, DecpExport decpExport,
                  AuthenticationContext authentication) {
        this.register = register;
        setSizeFull();
        search.setId("contract-search");
        search.setPlaceholder(getTranslation("procurement.contracts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("16rem");
        search.addValueChangeListener(e -> refresh());
        statusFilter.setItems(ContractStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("procurement.contracts.all-statuses"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("procurement.contracts.all-statuses")
                : getTranslation("procurement.status." + s.name()));
        statusFilter.addValueChangeListener(e -> refresh());
        buyerFilter.setId("buyer-filter");
        buyerFilter.setPlaceholder(getTranslation("procurement.contracts.all-buyers"));
        buyers = register.buyers();
        buyerFilter.setItems(buyers);
        buyerFilter.setClearButtonVisible(true);
        buyerFilter.addValueChangeListener(e -> refresh());
        complianceFilter.setId("compliance-filter");
        complianceFilter.setItems(ComplianceStatus.values());
        complianceFilter.setEmptySelectionAllowed(true);
        complianceFilter.setEmptySelectionCaption(getTranslation("procurement.contracts.all-compliance"));
        complianceFilter.setItemLabelGenerator(s -> s == null ? getTranslation("procurement.contracts.all-compliance")
                : getTranslation("procurement.contracts.compliance",
                        getTranslation("procurement.compliance." + s.name()).toLowerCase(getLocale())));
        complianceFilter.addValueChangeListener(e -> refresh());
        socialFilter.setId("social-filter");
        socialFilter.setLabel(getTranslation("procurement.contracts.social"));
        socialFilter.addValueChangeListener(e -> refresh());
        notifiedFrom.setId("notified-from");
        notifiedFrom.setPlaceholder(getTranslation("procurement.contracts.notified-from"));
        notifiedFrom.setClearButtonVisible(true);
        notifiedFrom.addValueChangeListener(e -> refresh());
        notifiedTo.setId("notified-to");
        notifiedTo.setPlaceholder(getTranslation("procurement.contracts.notified-to"));
        notifiedTo.setClearButtonVisible(true);
        notifiedTo.addValueChangeListener(e -> refresh());
        toCheck.setId("awardee-to-check-filter");
        toCheck.setLabel(getTranslation("procurement.contracts.to-check"));
        toCheck.addValueChangeListener(e -> refresh());
        create.setId("create-contract");
        create.setText(getTranslation("procurement.contracts.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new ContractForm(register, null, saved -> open(saved)).open());
        create.setVisible(authentication.hasAnyRole(Roles.PROCUREMENT, Roles.ADMIN));

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(ContractRow::reference).setHeader(getTranslation("procurement.contract.reference"))
                .setSortProperty("reference").setAutoWidth(true);
        grid.addColumn(ContractRow::object).setHeader(getTranslation("procurement.contract.object"))
                .setSortProperty("object").setFlexGrow(3);
        grid.addColumn(ContractRow::buyer).setHeader(getTranslation("procurement.contract.buyer"))
                .setSortProperty("buyer");
        grid.addColumn(c -> Format.euros(c.amountExclTax(), getLocale()))
                .setHeader(getTranslation("procurement.contract.amount")).setSortProperty("amountExclTax");
        grid.addColumn(c -> c.notifiedOn() == null ? "" : date.format(c.notifiedOn()))
                .setHeader(getTranslation("procurement.contract.notified-on")).setSortProperty("notifiedOn");
        grid.addColumn(ContractRow::lots).setHeader(getTranslation("procurement.lot.title.plural")).setKey("lots")
                .setFlexGrow(2);
        grid.addColumn(ContractRow::targetHours).setHeader(getTranslation("procurement.contract.target-hours"))
                .setKey("targetHours");
        grid.addColumn(c -> getTranslation("procurement.status." + c.status().name()))
                .setHeader(getTranslation("procurement.contract.status")).setSortProperty("status");
        grid.addComponentColumn(c -> c.awardeeToCheck()
                        ? new Badge(getTranslation("procurement.contract.awardee-to-check"), Badge.Tone.WARNING)
                        : new Span())
                .setHeader(getTranslation("procurement.awardee.check")).setKey("toCheck").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("procurement.contracts.empty"));
        // one statement per page, each contract with its lots (ContractRows)
        grid.setItems(query -> register.rows(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) register.count(filter()));
        grid.addItemClickListener(click -> open(click.getItem()));

        Button importDecp = new Button(getTranslation("procurement.decp.import"), VaadinIcon.UPLOAD.create(),
                e -> new DecpImportDialog(decpImport, this::refresh).open());
        importDecp.setVisible(create.isVisible());
        Anchor exportDecp = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] json = decpExport.cityContracts();
            return new DownloadResponse(new ByteArrayInputStream(json), "decp-nanterre.json", "application/json",
                    json.length);
        }), "");
        exportDecp.add(new Button(getTranslation("procurement.decp.export"), VaadinIcon.DOWNLOAD.create()));

        HorizontalLayout toolbar = new HorizontalLayout(search, statusFilter, buyerFilter, complianceFilter,
                notifiedFrom, notifiedTo, socialFilter, toCheck, export(), exportDecp, importDecp, create);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("procurement.contracts.title")), toolbar, grid);
        expand(grid);
    }

    private void open(ContractRow contract) {
        open(contract.id());
    }

    /** The filters a link may carry (see the class): each shows in its field; a value not understood is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkParameters link = LinkParameters.of(event);
        link.text("recherche").ifPresent(search::setValue);
        link.named("etat", ContractStatus.class).ifPresent(statusFilter::setValue);
        link.text("acheteur").filter(buyers::contains).ifPresent(buyerFilter::setValue);
        link.named("conformite", ComplianceStatus.class).ifPresent(complianceFilter::setValue);
        link.text("consideration").filter("sociale"::equals).ifPresent(social -> socialFilter.setValue(true));
        link.day("notifie-du").ifPresent(notifiedFrom::setValue);
        link.day("notifie-au").ifPresent(notifiedTo::setValue);
    }

    private void open(Contract contract) {
        open(contract.id());
    }

    private void open(java.util.UUID id) {
        getUI().ifPresent(ui -> ui.navigate(ContractView.class, new RouteParameters("id", id.toString())));
    }

    private ExportButton export() {
        List<String> headers = List.of(getTranslation("procurement.contract.reference"),
                getTranslation("procurement.contract.object"), getTranslation("procurement.contract.buyer"),
                getTranslation("procurement.contract.procedure"), getTranslation("procurement.contract.cpv"),
                getTranslation("procurement.contract.amount"), getTranslation("procurement.contract.duration"),
                getTranslation("procurement.contract.notified-on"), getTranslation("procurement.lot.title.plural"),
                getTranslation("procurement.contract.target-hours"), getTranslation("procurement.contract.status"),
                getTranslation("procurement.contract.awardee-to-check"));
        return new ExportButton("marches.xlsx", getTranslation("procurement.contracts.menu"), headers,
                this::exportRows);
    }

    /** The XLSX's lines: every contract the filters find, as the grid shows them. */
    java.util.stream.Stream<List<Object>> exportRows() {
        return register.rows(filter(), Sort.by("reference")).stream().map(c -> Arrays.asList(
                c.reference(), c.object(), c.buyer(), c.procedure().decpLabel(), c.cpvCode(),
                c.amountExclTax(), c.durationMonths(), c.notifiedOn(), c.lots(), c.targetHours(),
                c.status().name(), c.awardeeToCheck()));
    }

    private ContractFilter filter() {
        return new ContractFilter(search.getValue(), statusFilter.getValue(), buyerFilter.getValue(),
                toCheck.getValue(), complianceFilter.getValue(), socialFilter.getValue(), notifiedFrom.getValue(),
                notifiedTo.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procurement.contracts.title");
    }
}
