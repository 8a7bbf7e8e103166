package fr.nanterre.insertion.partners.ui;

import static fr.nanterre.insertion.partners.ui.ParticipantDates.date;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import fr.nanterre.insertion.partners.participant.ExitOutcome;
import fr.nanterre.insertion.partners.participant.NewExit;
import fr.nanterre.insertion.partners.participant.Pathway;
import fr.nanterre.insertion.partners.participant.PathwayStep;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.RecordDialog;

/** The dialog that records the exit from a pathway and its outcome. */
class ParticipantExitForm extends RecordDialog<NewExit> {

    final DatePicker date = new LocalizedDatePicker("");
    final ComboBox<ExitOutcome> outcome = new ComboBox<>();

    ParticipantExitForm(Pathway pathway, Clock clock, Consumer<NewExit> onSave) {
        super(NewExit.class);
        setHeaderTitle(getTranslation("participants.exit.title"));
        date.setLabel(getTranslation("participants.exit.date"));
        date.setValue(LocalDate.now(clock));
        outcome.setLabel(getTranslation("participants.exit.outcome"));
        outcome.setItems(ExitOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("participants.outcome.label",
                getTranslation("participants.outcome." + o.name()),
                getTranslation("participants.category." + o.category().name())));

        LocalDate lastStart = pathway.steps().stream().map(PathwayStep::startDate).max(LocalDate::compareTo)
                .orElse(pathway.entryDate());
        binder.forField(date).asRequired(getTranslation("participants.exit.date.required"))
                .withValidator(d -> !d.isBefore(pathway.entryDate()) && !d.isAfter(LocalDate.now(clock)),
                        getTranslation("participants.exit.date.range", date(pathway.entryDate(), getLocale())))
                .withValidator(d -> !d.isBefore(lastStart),
                        getTranslation("participants.exit.date.before-step", date(lastStart, getLocale())))
                .bind("date");
        binder.forField(outcome).asRequired(getTranslation("participants.exit.outcome.required")).bind("outcome");

        FormLayout form = new FormLayout(date, outcome);
        form.setColspan(outcome, 2);
        add(form);
        saveWith(record -> {
            onSave.accept(record);
            return true;
        });
        setWidth("36rem");
    }
}
