package fr.nanterre.insertion.facilitation.ui.placement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder.Binding;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.HoursOutsideException;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.NotEligibleException;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementChange;
import fr.nanterre.insertion.facilitation.ui.EmploymentFields;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import fr.nanterre.platform.ui.RecordDialog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Places a participant on one or more clauses, or changes a placement. When placing, partners is asked whether
 * the participant is eligible on the start date; when they are not, the facilitator may still place them by
 * writing down why. A placement's participant and start date do not change: the decision was taken then.
 */
class PlacementForm extends RecordDialog<NewPlacement> {

    final TextField reference = new TextField();
    final ClauseSharesField shares;
    final TextField employerSiret = new TextField();
    final TextField employerName = new TextField();
    final EmploymentFields employment = new EmploymentFields();
    final Select<Modality> modality = employment.modality;
    final Select<ContractType> contractType = employment.contractType;
    final LocalizedDatePicker start = employment.start;
    final LocalizedDatePicker end = employment.end;
    final TextArea justification = employment.justification;

    /** @param existing the placement to change as the user read it, or null to place someone */
    PlacementForm(PlacementBook placements, FollowedClauses clauses, @Nullable Placement existing,
                  Consumer<Placement> onSaved) {
        super(NewPlacement.class);
        shares = new ClauseSharesField(clauses);
        setHeaderTitle(getTranslation(existing == null ? "facilitation.placements.new" : "facilitation.placement.edit"));
        reference.setId("placement-reference");
        start.setId("placement-start");
        end.setId("placement-end");
        save.setId("save-placement");
        employerName.setId("placement-employer");
        employerSiret.setId("placement-employer-siret");
        reference.setLabel(getTranslation("facilitation.placement.participant"));
        reference.setHelperText(getTranslation("facilitation.placement.participant.help"));
        employerSiret.setLabel(getTranslation("facilitation.placement.employer-siret"));
        employerName.setLabel(getTranslation("facilitation.placement.employer"));

        String required = getTranslation("facilitation.required");
        binder.forField(reference).asRequired(required).withValidator(text -> !text.isBlank(), required)
                .bind("participantReference");
        binder.forField(employerSiret)
                .withValidator(Siret::isWellFormed, getTranslation("facilitation.placement.employer-siret.invalid"))
                .bind("employerSiret");
        binder.forField(employerName).asRequired(required).withValidator(text -> !text.isBlank(), required)
                .bind("employerName");
        binder.forField(modality).bind("modality");
        binder.forField(contractType).bind("contractType");
        binder.forField(start).asRequired(required).bind("startDate");
        Binding<NewPlacement, LocalDate> endDate = binder.forField(end)
                .withValidator(date -> date == null || start.getValue() == null || !date.isBefore(start.getValue()),
                        getTranslation("facilitation.placement.end.before-start"))
                .bind("endDate");
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                endDate.validate();
            }
        });
        // each row shows its own message, and the total its colour
        binder.forField(shares).withValidator(value -> shares.validate(), "")
                .withValidationStatusHandler(status -> {
                })
                .bind("shares");
        binder.forField(justification).bind("exceptionJustification");

        if (existing == null) {
            shares.addRow(null, null).clause.addValueChangeListener(e -> {
                if (e.getValue() != null && e.getValue().awardeeSiret() != null && employerSiret.isEmpty()) {
                    employerSiret.setValue(e.getValue().awardeeSiret());
                }
            });
        } else {
            binder.readRecord(new NewPlacement(existing.participantReference(), existing.employerSiret(),
                    existing.employerName(), existing.modality(), existing.contractType(), existing.startDate(),
                    existing.endDate(), existing.shares(), null));
            reference.setReadOnly(true);
            reference.setHelperText(null);
            start.setReadOnly(true);
        }

        FormLayout form = new FormLayout(reference, employerSiret, employerName, modality, contractType, start, end,
                shares, justification);
        form.setColspan(shares, 2);
        form.setColspan(justification, 2);
        add(form);
        saveWith(placement -> {
            try {
                onSaved.accept(existing == null ? placements.place(placement)
                        : placements.revise(existing, new PlacementChange(placement.employerSiret(),
                        placement.employerName(), placement.modality(), placement.contractType(),
                        placement.endDate(), placement.shares())));
                return true;
            } catch (NoSuchElementException unknown) {
                reference.setErrorMessage(getTranslation("facilitation.placement.participant.unknown"));
                reference.setInvalid(true);
            } catch (NotEligibleException notEligible) {
                employment.askJustification(getTranslation("facilitation.placement.not-eligible"));
            } catch (HoursOutsideException hoursAfterEnd) {
                end.setErrorMessage(getTranslation("facilitation.placement.end.before-hours",
                        hoursAfterEnd.lastMonthWithHours().format(DateTimeFormatter.ofPattern("MM/yyyy"))));
                end.setInvalid(true);
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
            return false;
        });
        setWidth("52rem");
    }
}
