package fr.nanterre.insertion.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fr.nanterre.insertion.partners.Sex;
import fr.nanterre.insertion.partners.participant.Participant;
import fr.nanterre.insertion.partners.participant.ParticipantDetails;
import fr.nanterre.insertion.partners.participant.ParticipantDirectory;
import fr.nanterre.insertion.partners.participant.ReferringOrganisation;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import fr.nanterre.platform.ui.RecordDialog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The dialog that enrols a participant or edits their identity. Bad input is reported next to its field; a change
 * made meanwhile by someone else is reported, and nothing is overwritten.
 */
class ParticipantForm extends RecordDialog<ParticipantDetails> {

    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final DatePicker birthDate = new LocalizedDatePicker("");
    final ComboBox<Sex> sex = new ComboBox<>();
    final TextField address = new TextField();
    final TextField postalCode = new TextField();
    final TextField commune = new TextField();
    final TextField inseeCode = new TextField();
    final Checkbox qpvResident = new Checkbox();
    final Checkbox nanterreResident = new Checkbox();
    final TextField referent = new TextField();
    final ComboBox<ReferringOrganisation> referringOrganisation = new ComboBox<>();

    /** @param editing the participant whose identity is edited, as the user read it, or null to enrol a new one */
    ParticipantForm(ParticipantDirectory directory, @Nullable Participant editing, Clock clock,
                    Consumer<Participant> onSaved) {
        super(ParticipantDetails.class);
        setHeaderTitle(getTranslation(editing == null ? "participants.participant.new"
                : "participants.participant.edit"));
        configureFields();
        bind(clock);

        FormLayout form = new FormLayout(lastName, firstName, birthDate, sex, address, postalCode, commune, inseeCode,
                qpvResident, nanterreResident, referent, referringOrganisation);
        form.setColspan(address, 2);
        add(form);

        if (editing == null) {
            commune.setValue("Nanterre");
            postalCode.setValue("92000");
            inseeCode.setValue(ParticipantDetails.NANTERRE_INSEE_CODE);
        } else {
            binder.readRecord(editing.details());
        }

        saveWith(input -> {
            try {
                onSaved.accept(editing == null ? directory.enrol(input) : directory.change(editing, input));
                return true;
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
                return false;
            }
        });
        setWidth("44rem");
    }

    private void configureFields() {
        lastName.setId("participant-last-name");
        firstName.setId("participant-first-name");
        birthDate.setId("participant-birth-date");
        sex.setId("participant-sex");
        save.setId("save-participant");
        referringOrganisation.setId("participant-organisation");
        qpvResident.setId("participant-qpv-resident");
        nanterreResident.setId("participant-nanterre-resident");
        lastName.setLabel(getTranslation("participants.participant.last-name"));
        firstName.setLabel(getTranslation("participants.participant.first-name"));
        birthDate.setLabel(getTranslation("participants.participant.birth-date"));
        sex.setLabel(getTranslation("participants.participant.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("participants.sex." + s.name()));
        address.setLabel(getTranslation("participants.participant.address"));
        postalCode.setLabel(getTranslation("participants.participant.postal-code"));
        commune.setLabel(getTranslation("participants.participant.commune"));
        inseeCode.setLabel(getTranslation("participants.participant.insee-code"));
        inseeCode.setHelperText(getTranslation("participants.participant.insee-code.help"));
        inseeCode.addValueChangeListener(e -> {
            if (e.getValue().strip().equals(ParticipantDetails.NANTERRE_INSEE_CODE)) {
                nanterreResident.setValue(true);
            }
        });
        qpvResident.setLabel(getTranslation("participants.participant.qpv-resident"));
        nanterreResident.setLabel(getTranslation("participants.participant.nanterre-resident"));
        referent.setLabel(getTranslation("participants.participant.referent"));
        referringOrganisation.setLabel(getTranslation("participants.participant.referring-organisation"));
        referringOrganisation.setItems(ReferringOrganisation.values());
        referringOrganisation.setItemLabelGenerator(o -> getTranslation("participants.organisation." + o.name()));
    }

    private void bind(Clock clock) {
        String tooLong = getTranslation("participants.participant.too-long", ParticipantDetails.NAME_MAX_LENGTH);
        binder.forField(lastName).asRequired(getTranslation("participants.participant.last-name.required"))
                .withValidator(new StringLengthValidator(tooLong, 1, ParticipantDetails.NAME_MAX_LENGTH))
                .bind("lastName");
        binder.forField(firstName).asRequired(getTranslation("participants.participant.first-name.required"))
                .withValidator(new StringLengthValidator(tooLong, 1, ParticipantDetails.NAME_MAX_LENGTH))
                .bind("firstName");
        binder.forField(birthDate).asRequired(getTranslation("participants.participant.birth-date.required"))
                .withValidator(date -> !date.isAfter(LocalDate.now(clock)),
                        getTranslation("participants.participant.birth-date.future"))
                .bind("birthDate");
        binder.forField(sex).asRequired(getTranslation("participants.participant.sex.required")).bind("sex");
        binder.forField(address).withValidator(new StringLengthValidator(
                getTranslation("participants.participant.too-long", ParticipantDetails.ADDRESS_MAX_LENGTH), 0,
                ParticipantDetails.ADDRESS_MAX_LENGTH)).bind("address");
        binder.forField(postalCode)
                .withValidator(code -> code.isBlank() || code.strip().matches(ParticipantDetails.POSTAL_CODE_PATTERN),
                        getTranslation("participants.participant.postal-code.invalid"))
                .bind("postalCode");
        binder.forField(commune).asRequired(getTranslation("participants.participant.commune.required"))
                .withValidator(new StringLengthValidator(tooLong, 1, ParticipantDetails.NAME_MAX_LENGTH))
                .bind("commune");
        binder.forField(inseeCode).asRequired(getTranslation("participants.participant.insee-code.invalid"))
                .withValidator(code -> code.strip().toUpperCase(Locale.ROOT)
                                .matches(ParticipantDetails.INSEE_CODE_PATTERN),
                        getTranslation("participants.participant.insee-code.invalid"))
                .bind("inseeCode");
        binder.forField(qpvResident).bind("qpvResident");
        binder.forField(nanterreResident).bind("nanterreResident");
        binder.forField(referent).withValidator(new StringLengthValidator(tooLong, 0,
                ParticipantDetails.NAME_MAX_LENGTH)).bind("referent");
        binder.forField(referringOrganisation)
                .asRequired(getTranslation("participants.participant.referring-organisation.required"))
                .bind("referringOrganisation");
    }
}
