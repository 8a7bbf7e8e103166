package fr.nanterre.platform.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * A dialog that edits one record through a {@link Binder}: "Enregistrer" writes the record only when every field
 * is valid (each invalid field shows its message), and the dialog closes once the record is taken.
 */
public abstract class RecordDialog<R extends Record> extends Dialog {

    protected final Binder<R> binder;
    /** Public so that tests and end-to-end scripts can press it as a user would. */
    public final Button save = new Button();

    protected RecordDialog(Class<R> type) {
        this.binder = new Binder<>(type);
    }

    /**
     * Puts "Annuler" and "Enregistrer" in the footer.
     *
     * @param onSave takes the valid record; returns false to keep the dialog open (the change was refused)
     */
    protected void saveWith(Predicate<R> onSave) {
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                if (onSave.test(binder.writeRecord())) {
                    close();
                }
            } catch (ValidationException invalid) {
                // the binder shows each message next to its field
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
