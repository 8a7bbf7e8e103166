package fr.nanterre.insertion.partners.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.Activities;
import fr.nanterre.insertion.partners.structure.Address;
import fr.nanterre.insertion.partners.structure.DuplicateStructureException;
import fr.nanterre.insertion.partners.structure.StateAgreement;
import fr.nanterre.insertion.partners.structure.Structure;
import fr.nanterre.insertion.partners.structure.StructureDetails;
import fr.nanterre.insertion.partners.structure.StructureDirectory;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import fr.nanterre.platform.ui.RecordDialog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The dialog that registers a structure, or edits one. Bad input is reported next to its field and nothing is
 * saved; a change made meanwhile by someone else is never overwritten.
 */
class StructureForm extends RecordDialog<StructureDetails> {

    final TextField name = new TextField();
    final ComboBox<StructureKind> kind = new ComboBox<>();
    final TextField siret = new TextField();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField commune = new TextField();
    final TextField inseeCode = new TextField();
    final Checkbox inQpv = new Checkbox();
    final BigDecimalField agreementPostsFte = new BigDecimalField();
    final LocalizedDatePicker agreementValidFrom = new LocalizedDatePicker("");
    final LocalizedDatePicker agreementValidTo = new LocalizedDatePicker("");
    final TextField activities = new TextField();
    final IntegerField capacityPeople = new IntegerField();
    final IntegerField capacityHoursPerYear = new IntegerField();

    /** @param existing the structure to edit, as the user read it, or null to register a new one */
    StructureForm(StructureDirectory directory, @Nullable Structure existing,
                  ItemLabelGenerator<StructureKind> kindLabel, Consumer<Structure> onSaved) {
        super(StructureDetails.class);
        setHeaderTitle(getTranslation(existing == null ? "partners.structures.register" : "partners.structure.edit"));

        name.setId("structure-name");
        kind.setId("structure-kind");
        siret.setId("structure-siret");
        save.setId("save-structure");
        name.setLabel(getTranslation("partners.structure.name"));
        name.setMaxLength(Structure.NAME_MAX_LENGTH);
        kind.setLabel(getTranslation("partners.structure.kind"));
        kind.setItems(StructureKind.values());
        kind.setItemLabelGenerator(kindLabel);
        siret.setLabel(getTranslation("partners.structure.siret"));
        siret.setHelperText(getTranslation("partners.structure.siret.help"));
        siret.setValueChangeMode(ValueChangeMode.EAGER);
        siret.addValueChangeListener(e -> showChecksumWarning());
        street.setLabel(getTranslation("partners.structure.street"));
        postalCode.setLabel(getTranslation("partners.structure.postal-code"));
        commune.setLabel(getTranslation("partners.structure.commune"));
        inseeCode.setLabel(getTranslation("partners.structure.insee-code"));
        inseeCode.setHelperText(getTranslation("partners.structure.insee-code.help"));
        inQpv.setLabel(getTranslation("partners.structure.in-qpv"));
        agreementPostsFte.setLabel(getTranslation("partners.structure.agreement-posts"));
        agreementValidFrom.setLabel(getTranslation("partners.structure.agreement-from"));
        agreementValidTo.setLabel(getTranslation("partners.structure.agreement-to"));
        activities.setId("structure-activities");
        activities.setLabel(getTranslation("partners.structure.activities"));
        activities.setHelperText(getTranslation("partners.structure.activities.help"));
        capacityPeople.setId("structure-capacity-people");
        capacityPeople.setLabel(getTranslation("partners.structure.capacity-people"));
        capacityHoursPerYear.setId("structure-capacity-hours");
        capacityHoursPerYear.setLabel(getTranslation("partners.structure.capacity-hours"));

        bind();
        FormLayout form = new FormLayout(name, kind, siret, street, postalCode, commune, inseeCode, inQpv,
                new H4(getTranslation("partners.structure.agreement")), agreementPostsFte, agreementValidFrom,
                agreementValidTo, new H4(getTranslation("partners.structure.supply")), activities, capacityPeople,
                capacityHoursPerYear);
        form.setColspan(activities, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(name, 2);
        form.setColspan(street, 2);
        form.getChildren().filter(H4.class::isInstance).forEach(title -> form.setColspan(title, 2));
        add(form);
        if (existing != null) {
            binder.readRecord(existing.details());
        }

        saveWith(details -> {
            try {
                Structure saved = existing == null ? directory.register(details)
                        : directory.update(existing, details);
                Notices.done("partners.structures.registered", saved.name());
                onSaved.accept(saved);
                return true;
            } catch (DuplicateStructureException duplicate) {
                siret.setErrorMessage(getTranslation("partners.structure.siret.duplicate"));
                siret.setInvalid(true);
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
            return false;
        });
        setWidth("44rem");
    }

    private void bind() {
        binder.forField(name)
                .asRequired(getTranslation("partners.structure.name.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("partners.structure.name.too-long", Structure.NAME_MAX_LENGTH), 1,
                        Structure.NAME_MAX_LENGTH))
                .bind("name");
        binder.forField(kind).asRequired(getTranslation("partners.structure.kind.required")).bind("kind");
        binder.forField(siret)
                .asRequired(getTranslation("partners.structure.siret.required"))
                .withValidator(Siret::isWellFormed, getTranslation("partners.structure.siret.length"))
                .bind("siret");
        binder.forField(street).bind("street");
        binder.forField(postalCode)
                .withValidator(Address::isPostalCode, getTranslation("partners.structure.postal-code.invalid"))
                .bind("postalCode");
        binder.forField(commune).bind("commune");
        binder.forField(inseeCode)
                .withValidator(Address::isInseeCode, getTranslation("partners.structure.insee-code.invalid"))
                .bind("inseeCode");
        binder.forField(inQpv).bind("inQpv");
        binder.forField(agreementPostsFte)
                .withValidator(posts -> posts == null || posts.signum() >= 0,
                        getTranslation("partners.structure.agreement-posts.negative"))
                .bind("agreementPostsFte");
        binder.forField(agreementValidFrom).bind("agreementValidFrom");
        binder.forField(agreementValidTo)
                .withValidator(to -> StateAgreement.datesInOrder(agreementValidFrom.getValue(), to),
                        getTranslation("partners.structure.agreement-dates"))
                .bind("agreementValidTo");
        agreementValidFrom.addValueChangeListener(e -> binder.validate());
        binder.forField(activities)
                .withConverter(Converter.<String, List<String>>from(text -> {
                    try {
                        return Result.ok(Activities.parse(text));
                    } catch (IllegalArgumentException notAnActivity) {
                        return Result.error(getTranslation("partners.structure.activities.invalid"));
                    }
                }, Activities::format))
                .bind("activities");
        binder.forField(capacityPeople)
                .withValidator(people -> people == null || people >= 0,
                        getTranslation("partners.structure.capacity.negative"))
                .bind("capacityPeople");
        binder.forField(capacityHoursPerYear)
                .withValidator(hours -> hours == null || hours >= 0,
                        getTranslation("partners.structure.capacity.negative"))
                .bind("capacityHoursPerYear");
    }

    private void showChecksumWarning() {
        String value = siret.getValue();
        boolean failing = Siret.isWellFormed(value) && !Siret.parse(value).passesChecksum();
        siret.setHelperText(getTranslation(failing ? "partners.structure.siret.checksum-warning"
                : "partners.structure.siret.help"));
    }
}
