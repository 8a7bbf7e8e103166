package fr.nanterre.insertion.facilitation.ui;

import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.HoursOutsideException;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.NotEligibleException;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.facilitation.placement.PlacementChange;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Places a participant on one or more clauses, or changes a placement. When placing, partners is asked whether
 * the participant is eligible on the start date; when they are not, the facilitator may still place them by
 * writing down why. A placement's participant and start date do not change: the decision was taken then.
 */
class PlacementForm extends Dialog {

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
    final Button save = new Button();

    /** @param existing the placement to change, or null to place someone */
    PlacementForm(PlacementBook placements, FollowedClauses clauses, @Nullable Placement existing,
                  Consumer<Placement> onSaved) {
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

        if (existing == null) {
            shares.addRow(null, null).clause.addValueChangeListener(e -> {
                if (e.getValue() != null && e.getValue().awardeeSiret() != null && employerSiret.isEmpty()) {
                    employerSiret.setValue(e.getValue().awardeeSiret());
                }
            });
        } else {
            reference.setValue(existing.participantReference());
            reference.setReadOnly(true);
            reference.setHelperText(null);
            start.setValue(existing.startDate());
            start.setReadOnly(true);
            end.setValue(existing.endDate());
            employerSiret.setValue(existing.employerSiret());
            employerName.setValue(existing.employerName());
            modality.setValue(existing.modality());
            contractType.setValue(existing.contractType());
            shares.setValue(existing.shares(), clauses.findAll(existing.shares().stream().map(ClauseShare::clauseId)
                    .toList()).stream().collect(Collectors.toMap(FollowedClause::clauseId, Function.identity())));
        }

        FormLayout form = new FormLayout(reference, employerSiret, employerName, modality, contractType, start, end,
                shares, justification);
        form.setColspan(shares, 2);
        form.setColspan(justification, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (valid()) {
                save(placements, existing, onSaved);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("52rem");
    }

    private void save(PlacementBook placements, @Nullable Placement existing, Consumer<Placement> onSaved) {
        try {
            onSaved.accept(existing == null
                    ? placements.place(new NewPlacement(reference.getValue(), employerSiret.getValue(),
                    employerName.getValue(), modality.getValue(), contractType.getValue(), start.getValue(),
                    end.getValue(), shares.value(), justification.getValue()))
                    : placements.revise(existing, new PlacementChange(employerSiret.getValue(),
                    employerName.getValue(), modality.getValue(), contractType.getValue(), end.getValue(),
                    shares.value())));
            close();
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
    }

    /** Every field's rule, with its message next to it. */
    private boolean valid() {
        boolean valid = required(reference) & required(employerName) & shares.validate();
        if (!Siret.isWellFormed(employerSiret.getValue())) {
            employerSiret.setErrorMessage(getTranslation("facilitation.placement.employer-siret.invalid"));
            employerSiret.setInvalid(true);
            valid = false;
        } else {
            employerSiret.setInvalid(false);
        }
        end.setInvalid(false);
        if (start.getValue() == null) {
            start.setErrorMessage(getTranslation("facilitation.required"));
            start.setInvalid(true);
            valid = false;
        } else if (end.getValue() != null && end.getValue().isBefore(start.getValue())) {
            end.setErrorMessage(getTranslation("facilitation.placement.end.before-start"));
            end.setInvalid(true);
            valid = false;
        }
        return valid;
    }

    private boolean required(TextField field) {
        boolean missing = field.getValue().isBlank();
        field.setErrorMessage(getTranslation("facilitation.required"));
        field.setInvalid(missing);
        return !missing;
    }
}
