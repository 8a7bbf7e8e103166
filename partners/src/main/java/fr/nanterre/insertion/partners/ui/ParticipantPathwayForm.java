package fr.nanterre.insertion.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import fr.nanterre.insertion.partners.participant.NewPathway;
import fr.nanterre.insertion.partners.participant.PathwayFollowUp;
import fr.nanterre.insertion.partners.participant.StructureChoice;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.RecordDialog;

/** The dialog that opens a pathway: its entry date and the structure that follows it, if any. */
class ParticipantPathwayForm extends RecordDialog<NewPathway> {

    final DatePicker entryDate = new LocalizedDatePicker("");
    final ComboBox<StructureChoice> structure = new ComboBox<>();

    ParticipantPathwayForm(PathwayFollowUp followUp, Clock clock, Consumer<NewPathway> onSave) {
        super(NewPathway.class);
        setHeaderTitle(getTranslation("participants.pathways.open"));
        entryDate.setLabel(getTranslation("participants.pathway.entry-date"));
        entryDate.setValue(LocalDate.now(clock));
        structure.setLabel(getTranslation("participants.pathway.structure"));
        structure.setHelperText(getTranslation("participants.pathway.structure.none"));
        structure.setItems(query -> followUp.structures(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        structure.setItemLabelGenerator(StructureChoice::name);
        structure.setClearButtonVisible(true);

        binder.forField(entryDate).asRequired(getTranslation("participants.pathway.entry-date.required"))
                .withValidator(date -> !date.isAfter(LocalDate.now(clock)),
                        getTranslation("participants.pathway.entry-date.future"))
                .bind("entryDate");
        binder.forField(structure).bind("structure");

        add(new FormLayout(entryDate, structure));
        saveWith(record -> {
            onSave.accept(record);
            return true;
        });
        setWidth("36rem");
    }
}
