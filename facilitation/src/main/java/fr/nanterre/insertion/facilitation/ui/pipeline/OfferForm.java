package fr.nanterre.insertion.facilitation.ui.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder.Binding;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.pipeline.CandidatePipeline;
import fr.nanterre.insertion.facilitation.pipeline.JobOffer;
import fr.nanterre.insertion.facilitation.pipeline.OfferDetails;
import fr.nanterre.insertion.facilitation.ui.ClauseField;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import fr.nanterre.platform.ui.RecordDialog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Opens a job offer on a clause, or edits one. The employer is prefilled with the clause's awardee; each bad
 * input is reported next to its field, and a change made meanwhile by someone else is never overwritten.
 */
class OfferForm extends RecordDialog<OfferDetails> {

    final ClauseField clause;
    final TextField employerSiret = new TextField();
    final TextField employerName = new TextField();
    final TextField postTitle = new TextField();
    final BigDecimalField hoursPerWeek = new BigDecimalField();
    final LocalizedDatePicker start = new LocalizedDatePicker("");
    final LocalizedDatePicker end = new LocalizedDatePicker("");
    final IntegerField positions = new IntegerField();

    /**
     * @param clauses  the clauses an offer may be opened on: the running ones (an offer's clause does not change)
     * @param existing the offer to edit, or null to open a new one
     */
    OfferForm(CandidatePipeline pipeline, FollowedClauses clauses, @Nullable JobOffer existing,
              Consumer<JobOffer> onSaved) {
        super(OfferDetails.class);
        setHeaderTitle(getTranslation(existing == null ? "facilitation.pipeline.offers.new"
                : "facilitation.pipeline.offer.edit"));
        clause = new ClauseField(clauses);
        clause.setLabel(getTranslation("facilitation.placement.clause"));
        clause.setReadOnly(existing != null);
        clause.addValueChangeListener(e -> {
            if (employerSiret.isEmpty() && e.getValue() != null && e.getValue().awardeeSiret() != null) {
                employerSiret.setValue(e.getValue().awardeeSiret());
            }
        });
        employerSiret.setLabel(getTranslation("facilitation.placement.employer-siret"));
        employerSiret.setHelperText(getTranslation("facilitation.pipeline.offer.employer.help"));
        employerSiret.addValueChangeListener(e -> {
            if (employerName.isEmpty() && Siret.isWellFormed(e.getValue())) {
                pipeline.employerName(Siret.parse(e.getValue()).value()).ifPresent(employerName::setValue);
            }
        });
        employerName.setLabel(getTranslation("facilitation.pipeline.offer.employer"));
        postTitle.setLabel(getTranslation("facilitation.pipeline.offer.post"));
        hoursPerWeek.setLabel(getTranslation("facilitation.pipeline.offer.hours-per-week"));
        start.setLabel(getTranslation("facilitation.placement.start"));
        end.setLabel(getTranslation("facilitation.placement.end"));
        end.setHelperText(getTranslation("facilitation.pipeline.offer.end.help"));
        positions.setLabel(getTranslation("facilitation.pipeline.offer.positions"));
        positions.setStepButtonsVisible(true);
        positions.setMin(1);

        String required = getTranslation("facilitation.required");
        binder.forField(clause).asRequired(required)
                .withConverter(FollowedClause::clauseId, id -> id == null ? null : clauses.find(id).orElse(null))
                .bind("clauseId");
        binder.forField(employerSiret).asRequired(required)
                .withValidator(Siret::isWellFormed, getTranslation("facilitation.placement.employer-siret.invalid"))
                .bind("employerSiret");
        binder.forField(employerName).asRequired(required).bind("employerName");
        binder.forField(postTitle).asRequired(required).bind("postTitle");
        binder.forField(hoursPerWeek).asRequired(required)
                .withValidator(OfferDetails::hoursPerWeekAllowed, getTranslation(
                        "facilitation.pipeline.offer.hours-per-week.invalid", OfferDetails.MAX_HOURS_PER_WEEK))
                .bind("hoursPerWeek");
        binder.forField(start).asRequired(required).bind("startDate");
        Binding<OfferDetails, LocalDate> endDate = binder.forField(end)
                .withValidator(date -> OfferDetails.datesInOrder(start.getValue(), date),
                        getTranslation("facilitation.placement.end.before-start"))
                .bind("endDate");
        start.addValueChangeListener(e -> endDate.validate());
        int hired = existing == null ? 0 : existing.hired();
        binder.forField(positions).asRequired(required)
                .withValidator(count -> count >= Math.max(1, hired), hired == 0
                        ? getTranslation("facilitation.pipeline.offer.positions.invalid")
                        : getTranslation("facilitation.pipeline.offer.positions.below-hired", hired))
                .bind("positions");

        if (existing != null) {
            binder.readRecord(existing.details());
        } else {
            hoursPerWeek.setValue(BigDecimal.valueOf(35));
            positions.setValue(1);
        }
        FormLayout form = new FormLayout(clause, employerSiret, employerName, postTitle, hoursPerWeek, positions,
                start, end);
        form.setColspan(clause, 2);
        form.setColspan(employerName, 2);
        form.setColspan(postTitle, 2);
        add(form);
        saveWith(details -> {
            try {
                onSaved.accept(existing == null ? pipeline.open(details) : pipeline.edit(existing, details));
                return true;
            } catch (OptimisticLockingFailureException | IllegalStateException concurrentChange) {
                Notices.concurrentChange();
                return false;
            }
        });
        setWidth("46rem");
    }
}
