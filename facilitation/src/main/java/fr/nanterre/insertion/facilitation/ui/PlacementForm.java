package fr.nanterre.insertion.facilitation.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.facilitation.placement.NewPlacement;
import fr.nanterre.insertion.facilitation.placement.NotEligibleException;
import fr.nanterre.insertion.facilitation.placement.Placement;
import fr.nanterre.insertion.facilitation.placement.PlacementBook;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.ui.LocalizedDatePicker;

/**
 * Places a participant on a clause. Partners is asked whether the participant is eligible on the start date;
 * when they are not, the facilitator may still place them by writing down why.
 */
class PlacementForm extends Dialog {

    final TextField reference = new TextField();
    final ComboBox<FollowedClause> clause = new ComboBox<>();
    final TextField employerSiret = new TextField();
    final TextField employerName = new TextField();
    final Select<Modality> modality = new Select<>();
    final Select<ContractType> contractType = new Select<>();
    final LocalizedDatePicker start = new LocalizedDatePicker("");
    final LocalizedDatePicker end = new LocalizedDatePicker("");
    final TextArea justification = new TextArea();
    final Button save = new Button();

    PlacementForm(PlacementBook placements, List<FollowedClause> clauses, Consumer<Placement> onSaved) {
        setHeaderTitle(getTranslation("facilitation.placements.new"));
        reference.setId("placement-reference");
        clause.setId("placement-clause");
        start.setId("placement-start");
        save.setId("save-placement");
        employerName.setId("placement-employer");
        reference.setLabel(getTranslation("facilitation.placement.participant"));
        reference.setHelperText(getTranslation("facilitation.placement.participant.help"));
        clause.setLabel(getTranslation("facilitation.placement.clause"));
        clause.setItems(clauses);
        clause.setItemLabelGenerator(c -> getTranslation("facilitation.placement.clause.label", c.contractReference(),
                c.lotNumber(), c.lotTitle(), c.targetHours()));
        clause.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().awardeeSiret() != null && employerSiret.isEmpty()) {
                employerSiret.setValue(e.getValue().awardeeSiret());
            }
        });
        employerSiret.setLabel(getTranslation("facilitation.placement.employer-siret"));
        employerName.setLabel(getTranslation("facilitation.placement.employer"));
        modality.setLabel(getTranslation("facilitation.placement.modality"));
        modality.setItems(Modality.values());
        modality.setItemLabelGenerator(m -> getTranslation("facilitation.modality." + m.name()));
        modality.setValue(Modality.DIRECT_HIRE);
        contractType.setLabel(getTranslation("facilitation.placement.contract-type"));
        contractType.setItems(ContractType.values());
        contractType.setItemLabelGenerator(t -> getTranslation("facilitation.contract-type." + t.name()));
        modality.addValueChangeListener(e -> contractType.setVisible(e.getValue() == Modality.DIRECT_HIRE));
        start.setLabel(getTranslation("facilitation.placement.start"));
        end.setLabel(getTranslation("facilitation.placement.end"));
        justification.setLabel(getTranslation("facilitation.placement.justification"));
        justification.setVisible(false);
        justification.setWidthFull();

        FormLayout form = new FormLayout(reference, clause, employerSiret, employerName, modality, contractType, start,
                end, justification);
        form.setColspan(clause, 2);
        form.setColspan(justification, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(placements, onSaved));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("46rem");
    }

    private void save(PlacementBook placements, Consumer<Placement> onSaved) {
        boolean valid = required(reference) & required(employerName);
        if (clause.getValue() == null) {
            clause.setErrorMessage(getTranslation("facilitation.required"));
            clause.setInvalid(true);
            valid = false;
        }
        if (!Siret.isWellFormed(employerSiret.getValue())) {
            employerSiret.setErrorMessage(getTranslation("facilitation.placement.employer-siret.invalid"));
            employerSiret.setInvalid(true);
            valid = false;
        }
        if (start.getValue() == null) {
            start.setErrorMessage(getTranslation("facilitation.required"));
            start.setInvalid(true);
            valid = false;
        } else if (end.getValue() != null && end.getValue().isBefore(start.getValue())) {
            end.setErrorMessage(getTranslation("facilitation.placement.end.before-start"));
            end.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        try {
            onSaved.accept(placements.place(new NewPlacement(reference.getValue(), employerSiret.getValue(),
                    employerName.getValue(), modality.getValue(), contractType.getValue(), start.getValue(),
                    end.getValue(), List.of(new ClauseShare(clause.getValue().clauseId(), BigDecimal.valueOf(100))),
                    justification.getValue())));
            close();
        } catch (NoSuchElementException unknown) {
            reference.setErrorMessage(getTranslation("facilitation.placement.participant.unknown"));
            reference.setInvalid(true);
        } catch (NotEligibleException notEligible) {
            justification.setVisible(true);
            justification.setErrorMessage(getTranslation("facilitation.placement.not-eligible"));
            justification.setInvalid(true);
        }
    }

    private boolean required(TextField field) {
        boolean missing = field.getValue().isBlank();
        field.setErrorMessage(getTranslation("facilitation.required"));
        field.setInvalid(missing);
        return !missing;
    }
}
