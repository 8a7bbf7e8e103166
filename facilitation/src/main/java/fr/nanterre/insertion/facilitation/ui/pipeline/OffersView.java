package fr.nanterre.insertion.facilitation.ui.pipeline;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.JobOffer;
import fr.nanterre.insertion.facilitation.pipeline.OfferFilter;
import fr.nanterre.insertion.facilitation.pipeline.OfferState;
import fr.nanterre.insertion.facilitation.pipeline.OfferSummary;
import fr.nanterre.insertion.facilitation.pipeline.ReferralStatus;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.ExportButton;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The job offers on the clauses, with how far their candidates went; each offer opens its candidates. */
@Route("offres")
@Menu(title = "facilitation.pipeline.offers.menu", order = 43, icon = "vaadin:briefcase")
@RolesAllowed(Roles.FACILITATOR)
class OffersView extends VerticalLayout implements HasDynamicTitle {

    private final CandidatePipeline pipeline;
    private final FollowedClauses clauses;
    final TextField search = new TextField();
    final Select<OfferState> stateFilter = new Select<>();
    final Button create = new Button();
    final Grid<OfferSummary> grid = new Grid<>();

    OffersView(CandidatePipeline pipeline, FollowedClauses clauses) {
        this.pipeline = pipeline;
        this.clauses = clauses;
        setSizeFull();
        search.setPlaceholder(getTranslation("facilitation.pipeline.offers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("16rem");
        search.addValueChangeListener(e -> refresh());
        stateFilter.setItems(OfferState.values());
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("facilitation.pipeline.offers.all-states"));
        stateFilter.setItemLabelGenerator(state -> state == null
                ? getTranslation("facilitation.pipeline.offers.all-states")
                : getTranslation("facilitation.pipeline.state." + state.name()));
        stateFilter.setValue(OfferState.OPEN);
        stateFilter.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("facilitation.pipeline.offers.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> edit(null));

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(s -> s.offer().contractReference())
                .setHeader(getTranslation("facilitation.pipeline.offer.contract")).setSortProperty("contractReference")
                .setAutoWidth(true);
        grid.addColumn(s -> s.offer().postTitle()).setHeader(getTranslation("facilitation.pipeline.offer.post"))
                .setSortProperty("postTitle").setFlexGrow(3);
        grid.addColumn(s -> s.offer().employerName()).setHeader(getTranslation("facilitation.pipeline.offer.employer"))
                .setSortProperty("employerName").setFlexGrow(3);
        grid.addColumn(s -> Format.number(s.offer().hoursPerWeek(), getLocale()))
                .setHeader(getTranslation("facilitation.pipeline.offer.hours")).setSortProperty("hoursPerWeek")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> date.format(s.offer().startDate()))
                .setHeader(getTranslation("facilitation.placement.start")).setSortProperty("startDate")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.offer().endDate() == null ? "" : date.format(s.offer().endDate()))
                .setHeader(getTranslation("facilitation.placement.end")).setSortProperty("endDate")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("facilitation.pipeline.offer.hired-of", s.offer().hired(),
                s.offer().positions())).setHeader(getTranslation("facilitation.pipeline.offer.positions"))
                .setSortProperty("positions").setAutoWidth(true).setFlexGrow(0);
        for (ReferralStatus status : ReferralStatus.values()) {
            grid.addColumn(s -> s.count(status))
                    .setHeader(getTranslation("facilitation.pipeline.status." + status.name())).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addColumn(s -> getTranslation("facilitation.pipeline.state." + s.offer().state().name()))
                .setHeader(getTranslation("facilitation.pipeline.offer.state")).setSortProperty("state")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("facilitation.pipeline.offers.empty"));
        grid.setItems(query -> pipeline.offers(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) pipeline.countOffers(filter()));

        HorizontalLayout toolbar = new HorizontalLayout(search, stateFilter, export(), create);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("facilitation.pipeline.offers.title")), toolbar, grid);
        expand(grid);
    }

    private HorizontalLayout actions(OfferSummary summary) {
        JobOffer offer = summary.offer();
        Button candidates = new Button(getTranslation("facilitation.pipeline.offer.candidates"),
                VaadinIcon.USERS.create(), e -> new OfferReferralsDialog(pipeline, offer, this::refresh).open());
        Button edit = new Button(getTranslation("common.edit"), e -> edit(offer));
        Button close = new Button(getTranslation("facilitation.pipeline.offer.close"), e -> confirmClose(offer));
        edit.setVisible(offer.isOpen());
        close.setVisible(offer.isOpen());
        candidates.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(candidates, edit, close);
    }

    private void edit(@Nullable JobOffer offer) {
        new OfferForm(pipeline, clauses, offer, saved -> refresh()).open();
    }

    private void confirmClose(JobOffer offer) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("facilitation.pipeline.offer.close"),
                getTranslation("facilitation.pipeline.offer.close.confirm", offer.postTitle(), offer.employerName()),
                getTranslation("facilitation.pipeline.offer.close"), e -> {
            try {
                pipeline.close(offer);
            } catch (OptimisticLockingFailureException | IllegalStateException concurrentChange) {
                Notices.concurrentChange();
            }
            refresh();
        });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private ExportButton export() {
        List<String> headers = new ArrayList<>(List.of(getTranslation("facilitation.pipeline.offer.contract"),
                getTranslation("facilitation.pipeline.offer.post"),
                getTranslation("facilitation.placement.employer-siret"),
                getTranslation("facilitation.pipeline.offer.employer"),
                getTranslation("facilitation.pipeline.offer.hours"), getTranslation("facilitation.placement.start"),
                getTranslation("facilitation.placement.end"), getTranslation("facilitation.pipeline.offer.positions"),
                getTranslation("facilitation.pipeline.offer.state")));
        Arrays.stream(ReferralStatus.values())
                .forEach(status -> headers.add(getTranslation("facilitation.pipeline.status." + status.name())));
        return new ExportButton("offres.xlsx", getTranslation("facilitation.pipeline.offers.menu"), headers,
                () -> pipeline.allOffers(filter()).stream().map(this::row));
    }

    private List<Object> row(OfferSummary summary) {
        JobOffer offer = summary.offer();
        List<Object> row = new ArrayList<>(Arrays.asList(offer.contractReference(), offer.postTitle(),
                offer.employerSiret(), offer.employerName(), offer.hoursPerWeek(), offer.startDate(), offer.endDate(),
                offer.positions(), getTranslation("facilitation.pipeline.state." + offer.state().name())));
        Arrays.stream(ReferralStatus.values()).forEach(status -> row.add(summary.count(status)));
        return row;
    }

    private OfferFilter filter() {
        return new OfferFilter(search.getValue(), stateFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.pipeline.offers.title");
    }
}
