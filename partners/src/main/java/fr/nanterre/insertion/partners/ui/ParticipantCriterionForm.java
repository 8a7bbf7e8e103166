package fr.nanterre.insertion.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fr.nanterre.insertion.partners.participant.EligibilityCriterion;
import fr.nanterre.insertion.partners.participant.NewCriterion;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.RecordDialog;

/** The dialog that records a criterion with the proof that was checked. */
class ParticipantCriterionForm extends RecordDialog<NewCriterion> {

    final ComboBox<EligibilityCriterion> criterion = new ComboBox<>();
    final TextField proofChecked = new TextField();
    final DatePicker proofDate = new LocalizedDatePicker("");

    ParticipantCriterionForm(List<EligibilityCriterion> criteria, Clock clock, Consumer<NewCriterion> onSave) {
        super(NewCriterion.class);
        setHeaderTitle(getTranslation("participants.criteria.record"));
        criterion.setId("criterion-select");
        proofChecked.setId("criterion-proof");
        proofDate.setId("criterion-proof-date");
        save.setId("save-criterion");
        criterion.setLabel(getTranslation("participants.criterion.criterion"));
        criterion.setItems(criteria);
        criterion.setItemLabelGenerator(c -> getTranslation("participants.criterion.label", c.label(getLocale()),
                c.level()));
        criterion.addValueChangeListener(e -> proofChecked.setHelperText(e.getValue() == null ? ""
                : getTranslation("participants.criterion.proof-expected", e.getValue().proof(getLocale()),
                e.getValue().validityDays())));
        proofChecked.setLabel(getTranslation("participants.criterion.proof-checked"));
        proofChecked.setMaxLength(NewCriterion.PROOF_MAX_LENGTH);
        proofDate.setLabel(getTranslation("participants.criterion.proof-date"));

        binder.forField(criterion).asRequired(getTranslation("participants.criterion.criterion.required"))
                .withConverter(EligibilityCriterion::code, code -> criteria.stream()
                        .filter(c -> c.code().equals(code)).findFirst().orElse(null))
                .bind("criterionCode");
        binder.forField(proofChecked).asRequired(getTranslation("participants.criterion.proof-checked.required"))
                .withValidator(new StringLengthValidator(getTranslation("participants.participant.too-long",
                        NewCriterion.PROOF_MAX_LENGTH), 1, NewCriterion.PROOF_MAX_LENGTH))
                .bind("proofChecked");
        binder.forField(proofDate).asRequired(getTranslation("participants.criterion.proof-date.required"))
                .withValidator(date -> !date.isAfter(LocalDate.now(clock)),
                        getTranslation("participants.criterion.proof-date.future"))
                .bind("proofDate");

        FormLayout form = new FormLayout(criterion, proofDate, proofChecked);
        form.setColspan(criterion, 2);
        form.setColspan(proofChecked, 2);
        add(form);
        saveWith(record -> {
            onSave.accept(record);
            return true;
        });
        setWidth("40rem");
    }
}
