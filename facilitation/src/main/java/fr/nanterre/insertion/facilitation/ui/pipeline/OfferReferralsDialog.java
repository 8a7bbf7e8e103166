package fr.nanterre.insertion.facilitation.ui.pipeline;

import java.util.NoSuchElementException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import fr.nanterre.insertion.facilitation.pipeline.AlreadyReferredException;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.JobOffer;
import fr.nanterre.insertion.facilitation.pipeline.Referral;
import fr.nanterre.insertion.facilitation.pipeline.ReferralFilter;
import fr.nanterre.platform.ui.Notices;

/** An offer's candidates: refer a participant by reference, then move each referral on. */
class OfferReferralsDialog extends Dialog {

    private final CandidatePipeline pipeline;
    private final SerializableRunnable onChange;
    private JobOffer offer;
    final Paragraph positions = new Paragraph();
    final TextField reference = new TextField();
    final Button refer = new Button();
    final ReferralGrid referrals;

    OfferReferralsDialog(CandidatePipeline pipeline, JobOffer offer, SerializableRunnable onChange) {
        this.pipeline = pipeline;
        this.offer = offer;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("facilitation.pipeline.referrals.of-offer", offer.postTitle(),
                offer.employerName()));
        reference.setLabel(getTranslation("facilitation.placement.participant"));
        reference.setHelperText(getTranslation("facilitation.placement.participant.help"));
        refer.setText(getTranslation("facilitation.pipeline.referral.refer"));
        refer.setIcon(VaadinIcon.PLUS.create());
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refer.addClickListener(e -> refer());
        referrals = new ReferralGrid(pipeline, false, () -> ReferralFilter.of(offer), this::changed);
        referrals.setHeight("22rem");

        HorizontalLayout referring = new HorizontalLayout(reference, refer);
        referring.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(positions, referring, referrals);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        setWidth("72rem");
        showOffer();
    }

    private void refer() {
        try {
            Referral referred = pipeline.refer(offer.id(), reference.getValue());
            Notices.done("facilitation.pipeline.referral.referred", referred.participantReference());
            reference.clear();
            reference.setInvalid(false);
            referrals.refresh();
            changed();
        } catch (NoSuchElementException unknown) {
            showError(getTranslation("facilitation.placement.participant.unknown"));
        } catch (AlreadyReferredException already) {
            showError(getTranslation("facilitation.pipeline.referral.already"));
        } catch (IllegalStateException closed) {
            changed();
            Notices.concurrentChange();
        }
    }

    private void showError(String message) {
        reference.setErrorMessage(message);
        reference.setInvalid(true);
    }

    /** Reads the offer again: a hire changes its count, and someone may have closed it. */
    private void changed() {
        offer = pipeline.offer(offer.id()).orElseThrow();
        showOffer();
        onChange.run();
    }

    private void showOffer() {
        positions.setText(getTranslation("facilitation.pipeline.offer.positions-filled", offer.hired(),
                offer.positions(), getTranslation("facilitation.pipeline.state." + offer.state().name())));
        reference.setVisible(offer.isOpen());
        refer.setVisible(offer.isOpen());
    }
}
