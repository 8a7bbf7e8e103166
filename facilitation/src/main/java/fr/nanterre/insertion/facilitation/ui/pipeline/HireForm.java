package fr.nanterre.insertion.facilitation.ui.pipeline;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.Hiring;
import fr.nanterre.insertion.facilitation.pipeline.JobOffer;
import fr.nanterre.insertion.facilitation.pipeline.OfferDetails;
import fr.nanterre.insertion.facilitation.pipeline.Referral;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NotEligibleException;
import fr.nanterre.insertion.facilitation.ui.EmploymentFields;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import fr.nanterre.platform.ui.RecordDialog;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Hires a candidate: the placement on the offer's clause starts with the modality and contract chosen here.
 * Partners is asked whether the participant is eligible on the start date; when they are not, the facilitator may
 * still hire them by writing down why.
 */
class HireForm extends RecordDialog<Hiring> {

    final EmploymentFields employment = new EmploymentFields();
    final Select<Modality> modality = employment.modality;
    final Select<ContractType> contractType = employment.contractType;
    final LocalizedDatePicker start = employment.start;
    final LocalizedDatePicker end = employment.end;
    final TextArea justification = employment.justification;

    HireForm(CandidatePipeline pipeline, Referral referral, JobOffer offer, SerializableRunnable onDone) {
        super(Hiring.class);
        setHeaderTitle(getTranslation("facilitation.pipeline.hire.title", referral.participantReference(),
                offer.postTitle()));
        String required = getTranslation("facilitation.required");
        binder.forField(modality).asRequired(required).bind("modality");
        binder.forField(contractType)
                .withValidator(type -> modality.getValue() != Modality.DIRECT_HIRE || type != null,
                        getTranslation("facilitation.pipeline.hire.contract-type.required"))
                .bind("contractType");
        binder.forField(start).asRequired(required).bind("startDate");
        binder.forField(end).withValidator(date -> OfferDetails.datesInOrder(start.getValue(), date),
                getTranslation("facilitation.placement.end.before-start")).bind("endDate");
        binder.forField(justification).bind("justification");
        start.setValue(offer.startDate());
        end.setValue(offer.endDate());

        FormLayout form = new FormLayout(modality, contractType, start, end, justification);
        form.setColspan(justification, 2);
        add(form);
        saveWith(hiring -> {
            try {
                pipeline.hire(referral, hiring);
                Notices.done("facilitation.pipeline.hire.done", referral.participantReference());
                onDone.run();
                return true;
            } catch (NotEligibleException notEligible) {
                employment.askJustification(getTranslation("facilitation.pipeline.hire.not-eligible"));
                return false;
            } catch (OptimisticLockingFailureException | IllegalStateException concurrentChange) {
                Notices.concurrentChange();
                onDone.run();
                return true;
            }
        });
        save.setText(getTranslation("facilitation.pipeline.referral.hire"));
        setWidth("40rem");
    }
}
