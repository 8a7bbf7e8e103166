package fr.nanterre.insertion.facilitation.ui.pipeline;

import java.util.Arrays;
import java.util.List;

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
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.ReferralFilter;
import fr.nanterre.insertion.facilitation.pipeline.ReferralStatus;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import jakarta.annotation.security.RolesAllowed;

/** Every referral across the offers, to follow candidates by status or find where a participant stands. */
@Route("candidatures")
@Menu(title = "facilitation.pipeline.referrals.menu", order = 44, icon = "vaadin:user-check")
@RolesAllowed(Roles.FACILITATOR)
class CandidaciesView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<ReferralStatus> statusFilter = new Select<>();
    final ReferralGrid grid;

    CandidaciesView(CandidatePipeline pipeline) {
        setSizeFull();
        search.setPlaceholder(getTranslation("facilitation.pipeline.referrals.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        statusFilter.setItems(ReferralStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("facilitation.pipeline.referrals.all-statuses"));
        statusFilter.setItemLabelGenerator(status -> status == null
                ? getTranslation("facilitation.pipeline.referrals.all-statuses")
                : getTranslation("facilitation.pipeline.status." + status.name()));
        grid = new ReferralGrid(pipeline, true, this::filter, () -> { });
        search.addValueChangeListener(e -> grid.refresh());
        statusFilter.addValueChangeListener(e -> grid.refresh());

        ExportButton export = new ExportButton("candidatures.xlsx",
                getTranslation("facilitation.pipeline.referrals.menu"),
                List.of(getTranslation("facilitation.pipeline.offer.contract"),
                        getTranslation("facilitation.pipeline.offer.post"),
                        getTranslation("facilitation.pipeline.offer.employer"),
                        getTranslation("facilitation.placement.participant"),
                        getTranslation("facilitation.pipeline.referral.status"),
                        getTranslation("facilitation.pipeline.referral.referred-on"),
                        getTranslation("facilitation.pipeline.referral.interview-on"),
                        getTranslation("facilitation.pipeline.referral.decided-on"),
                        getTranslation("facilitation.pipeline.referral.reason")),
                () -> pipeline.allReferrals(filter()).stream().map(c -> Arrays.asList(c.offer().contractReference(),
                        c.offer().postTitle(), c.offer().employerName(), c.referral().participantReference(),
                        getTranslation("facilitation.pipeline.status." + c.referral().status().name()),
                        c.referral().referredOn(), c.referral().interviewOn(), c.referral().decidedOn(),
                        c.referral().reason())));
        HorizontalLayout toolbar = new HorizontalLayout(search, statusFilter, export);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("facilitation.pipeline.referrals.title")), toolbar, grid);
        expand(grid);
    }

    private ReferralFilter filter() {
        return new ReferralFilter(null, statusFilter.getValue(), search.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.pipeline.referrals.title");
    }
}
