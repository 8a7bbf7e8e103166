package fr.nanterre.insertion.facilitation.ui.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.pipeline.Candidacy;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.JobOffer;
import fr.nanterre.insertion.facilitation.pipeline.Referral;
import fr.nanterre.insertion.facilitation.pipeline.ReferralFilter;
import fr.nanterre.insertion.facilitation.pipeline.ReferralStatus;
import fr.nanterre.platform.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Referrals, paged from the database, each with the buttons that move it one step on: interview, hire, not
 * retained. Every step is final, so each one is confirmed; not retaining asks why, hiring opens {@link HireForm}.
 */
class ReferralGrid extends Grid<Candidacy> {

    private final CandidatePipeline pipeline;
    private final SerializableRunnable onChange;

    /**
     * @param withOffer whether to show each referral's offer (the list across offers)
     * @param onChange  called after each step, so that the screen around refreshes its counts
     */
    ReferralGrid(CandidatePipeline pipeline, boolean withOffer, SerializableSupplier<ReferralFilter> filter,
                 SerializableRunnable onChange) {
        this.pipeline = pipeline;
        this.onChange = onChange;
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        if (withOffer) {
            addColumn(c -> c.offer().postTitle()).setHeader(getTranslation("facilitation.pipeline.offer.post"))
                    .setFlexGrow(2);
            addColumn(c -> c.offer().employerName()).setHeader(getTranslation("facilitation.pipeline.offer.employer"))
                    .setFlexGrow(2);
        }
        addColumn(c -> c.referral().participantReference())
                .setHeader(getTranslation("facilitation.placement.participant")).setSortProperty("participantReference")
                .setAutoWidth(true);
        addColumn(c -> getTranslation("facilitation.pipeline.status." + c.referral().status().name()))
                .setHeader(getTranslation("facilitation.pipeline.referral.status")).setSortProperty("status")
                .setAutoWidth(true);
        addColumn(c -> format(date, c.referral().referredOn()))
                .setHeader(getTranslation("facilitation.pipeline.referral.referred-on")).setSortProperty("referredOn");
        addColumn(c -> format(date, c.referral().interviewOn()))
                .setHeader(getTranslation("facilitation.pipeline.referral.interview-on"))
                .setSortProperty("interviewOn");
        addColumn(c -> format(date, c.referral().decidedOn()))
                .setHeader(getTranslation("facilitation.pipeline.referral.decided-on")).setSortProperty("decidedOn");
        addColumn(c -> c.referral().reason() == null ? "" : c.referral().reason())
                .setHeader(getTranslation("facilitation.pipeline.referral.reason")).setFlexGrow(2);
        addComponentColumn(this::steps).setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText(getTranslation("facilitation.pipeline.referrals.empty"));
        setItems(query -> pipeline.referrals(filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) pipeline.countReferrals(filter.get()));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private HorizontalLayout steps(Candidacy candidacy) {
        Referral referral = candidacy.referral();
        JobOffer offer = candidacy.offer();
        Button interview = new Button(getTranslation("facilitation.pipeline.referral.interview"), e -> confirm(
                getTranslation("facilitation.pipeline.referral.interview.confirm", referral.participantReference()),
                () -> pipeline.interview(referral)));
        interview.setVisible(offer.isOpen() && referral.status().canMoveTo(ReferralStatus.INTERVIEW));
        Button hire = new Button(getTranslation("facilitation.pipeline.referral.hire"),
                e -> new HireForm(pipeline, referral, offer, this::changed).open());
        hire.setVisible(offer.isOpen() && referral.status().canMoveTo(ReferralStatus.HIRED));
        hire.setEnabled(offer.hasPositionLeft());
        hire.setTooltipText(offer.hasPositionLeft() ? null : getTranslation("facilitation.pipeline.offer.filled"));
        Button notRetain = new Button(getTranslation("facilitation.pipeline.referral.not-retain"),
                e -> askReason(referral));
        notRetain.setVisible(referral.status().canMoveTo(ReferralStatus.NOT_RETAINED));
        interview.addThemeVariants(ButtonVariant.LUMO_SMALL);
        hire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        notRetain.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(interview, hire, notRetain);
    }

    private void askReason(Referral referral) {
        TextArea reason = new TextArea(getTranslation("facilitation.pipeline.referral.reason"));
        reason.setHelperText(getTranslation("facilitation.pipeline.referral.reason.help"));
        reason.setWidthFull();
        Dialog dialog = new Dialog(reason);
        dialog.setHeaderTitle(getTranslation("facilitation.pipeline.referral.not-retain.title",
                referral.participantReference()));
        Button confirm = new Button(getTranslation("facilitation.pipeline.referral.not-retain"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("facilitation.pipeline.referral.reason.required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            change(() -> pipeline.notRetain(referral, reason.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private void confirm(String question, SerializableRunnable step) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("common.confirm"), question,
                getTranslation("common.confirm"), e -> change(step));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    /** A step refused because someone changed the referral or its offer meanwhile is reported, never forced. */
    private void change(SerializableRunnable step) {
        try {
            step.run();
        } catch (OptimisticLockingFailureException | IllegalStateException concurrentChange) {
            Notices.concurrentChange();
        }
        changed();
    }

    private void changed() {
        refresh();
        onChange.run();
    }

    private static String format(DateTimeFormatter format, @Nullable LocalDate date) {
        return date == null ? "" : format.format(date);
    }
}
