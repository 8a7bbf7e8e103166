package fr.nanterre.insertion.urbanrenewal.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.nanterre.insertion.urbanrenewal.project.OperationLot;
import fr.nanterre.platform.text.Format;
import org.jspecify.annotations.Nullable;

/**
 * The hours of work of a lot, entered by hand when its clause gives no calculator inputs (or to correct them);
 * emptied, the calculator's estimate counts again.
 */
class WorkHoursDialog extends Dialog {

    final IntegerField hours = new IntegerField();
    final Button save = new Button();

    /** @param onSave takes the hours (null: back to the estimate); returns false to keep the dialog open */
    WorkHoursDialog(String lotLabel, OperationLot lot, Predicate<@Nullable Integer> onSave) {
        setHeaderTitle(getTranslation("urbanrenewal.work-hours.title", lotLabel));
        hours.setId("work-hours-field");
        hours.setLabel(getTranslation("urbanrenewal.work-hours"));
        hours.setSuffixComponent(new Span("h"));
        hours.setValue(lot.manualWorkHours());
        Integer estimate = lot.procured() == null ? null : lot.procured().estimatedWorkHours();
        hours.setHelperText(estimate == null ? getTranslation("urbanrenewal.work-hours.no-estimate")
                : getTranslation("urbanrenewal.work-hours.estimate", Format.number(estimate, getLocale())));
        add(new Paragraph(getTranslation("urbanrenewal.work-hours.help")), hours);
        save.setId("save-work-hours");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (hours.isInvalid() && hours.getValue() == null) {
                return; // not a number: the field says so
            }
            Integer value = hours.getValue();
            if (value != null && value < 0) {
                hours.setErrorMessage(getTranslation("urbanrenewal.work-hours.negative"));
                hours.setInvalid(true);
                return;
            }
            if (onSave.test(value)) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("30rem");
    }
}
