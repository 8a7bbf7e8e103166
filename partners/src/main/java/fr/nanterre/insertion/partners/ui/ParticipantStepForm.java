package fr.nanterre.insertion.partners.ui;

import static fr.nanterre.insertion.partners.ui.ParticipantDates.date;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fr.nanterre.insertion.partners.participant.PathwayStep;
import fr.nanterre.insertion.partners.participant.StepDetails;
import fr.nanterre.insertion.partners.participant.StepType;
import org.jspecify.annotations.Nullable;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.RecordDialog;

/** The dialog that adds a step to a pathway, or changes one. */
class ParticipantStepForm extends RecordDialog<StepDetails> {

    final ComboBox<StepType> type = new ComboBox<>();
    final DatePicker start = new LocalizedDatePicker("");
    final DatePicker end = new LocalizedDatePicker("");
    final TextArea note = new TextArea();

    /** @param step the step to change, or null for a new one */
    ParticipantStepForm(LocalDate entryDate, @Nullable PathwayStep step, Consumer<StepDetails> onSave) {
        super(StepDetails.class);
        setHeaderTitle(getTranslation(step == null ? "participants.step.new" : "participants.step.change"));
        type.setLabel(getTranslation("participants.step.type"));
        type.setItems(StepType.values());
        type.setItemLabelGenerator(t -> getTranslation("participants.step-type." + t.name()));
        start.setLabel(getTranslation("participants.step.start"));
        end.setLabel(getTranslation("participants.step.end"));
        note.setLabel(getTranslation("participants.step.note"));
        note.setMaxLength(StepDetails.NOTE_MAX_LENGTH);

        binder.forField(type).asRequired(getTranslation("participants.step.type.required")).bind("type");
        binder.forField(start).asRequired(getTranslation("participants.step.start.required"))
                .withValidator(date -> !date.isBefore(entryDate),
                        getTranslation("participants.step.start.before-entry", date(entryDate, getLocale())))
                .bind("startDate");
        binder.forField(end)
                .withValidator(date -> date == null || start.getValue() == null || !date.isBefore(start.getValue()),
                        getTranslation("participants.step.end.before-start"))
                .bind("endDate");
        binder.forField(note).withValidator(new StringLengthValidator(getTranslation(
                "participants.participant.too-long", StepDetails.NOTE_MAX_LENGTH), 0, StepDetails.NOTE_MAX_LENGTH))
                .bind("note");
        if (step != null) {
            binder.readRecord(new StepDetails(step.type(), step.startDate(), step.endDate(), step.note()));
        }

        FormLayout form = new FormLayout(type, start, end, note);
        form.setColspan(type, 2);
        form.setColspan(note, 2);
        add(form);
        saveWith(record -> {
            onSave.accept(record);
            return true;
        });
        setWidth("36rem");
    }
}
