package fr.nanterre.insertion.partners.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.structure.DuplicateStructureException;
import fr.nanterre.insertion.partners.structure.NewStructure;
import fr.nanterre.insertion.partners.structure.Structure;
import fr.nanterre.insertion.partners.structure.StructureDirectory;

/** The dialog that registers a structure. Bad input is reported next to its field, and nothing is saved. */
class StructureForm extends Dialog {

    final TextField name = new TextField();
    final ComboBox<StructureKind> kind = new ComboBox<>();
    final TextField siret = new TextField();
    final Button save = new Button();
    private final Binder<NewStructure> binder = new Binder<>(NewStructure.class);
    private final StructureDirectory directory;
    private final Runnable onSaved;

    StructureForm(StructureDirectory directory, ItemLabelGenerator<StructureKind> kindLabel, Runnable onSaved) {
        this.directory = directory;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("partners.structures.register"));

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

        FormLayout form = new FormLayout(name, kind, siret);
        form.setColspan(name, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("36rem");
    }

    private void showChecksumWarning() {
        String value = siret.getValue();
        boolean failing = Siret.isWellFormed(value) && !Siret.parse(value).passesChecksum();
        siret.setHelperText(getTranslation(failing ? "partners.structure.siret.checksum-warning"
                : "partners.structure.siret.help"));
    }

    private void save() {
        NewStructure input;
        try {
            input = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        try {
            Structure saved = directory.register(input);
            Notification.show(getTranslation("partners.structures.registered", saved.name()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.run();
            close();
        } catch (DuplicateStructureException duplicate) {
            siret.setErrorMessage(getTranslation("partners.structure.siret.duplicate"));
            siret.setInvalid(true);
        }
    }
}
