package fr.nanterre.insertion.urbanrenewal.ui;

import java.math.BigDecimal;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.nanterre.insertion.urbanrenewal.project.CharterRate;
import fr.nanterre.insertion.urbanrenewal.project.RateOverride;
import fr.nanterre.platform.ui.RecordDialog;
import org.jspecify.annotations.Nullable;

/**
 * Sets a charter rate for one operation instead of the one it inherits, with the reason (who and when are kept
 * with it), or goes back to the inherited rate. Each bad input is told next to its field.
 */
class RateOverrideForm extends RecordDialog<RateOverrideForm.Entry> {

    public record Entry(BigDecimal percent, String reason) {
    }

    final BigDecimalField percent = new BigDecimalField();
    final TextArea reason = new TextArea();
    /** Shown only when the operation has a rate of its own. */
    final Button remove = new Button();

    /**
     * @param inherited the rate the operation would follow without one of its own
     * @param onSave    takes the rate and reason, or null to go back to the inherited rate; returns false to keep
     *                  the dialog open (the change was refused)
     */
    RateOverrideForm(String operationName, BigDecimal inherited, @Nullable RateOverride current,
                     Predicate<@Nullable Entry> onSave) {
        super(Entry.class);
        setHeaderTitle(getTranslation("urbanrenewal.override.title", operationName));
        percent.setId("override-percent");
        reason.setId("override-reason");
        save.setId("save-override");
        remove.setId("remove-override");
        percent.setLabel(getTranslation("urbanrenewal.override.percent"));
        percent.setSuffixComponent(new Span("%"));
        reason.setLabel(getTranslation("urbanrenewal.override.reason"));
        reason.setHelperText(getTranslation("urbanrenewal.override.reason.help"));
        reason.setMaxLength(1000);
        binder.forField(percent).asRequired(getTranslation("urbanrenewal.required"))
                .withValidator(CharterRate::isRate, getTranslation("urbanrenewal.rate.invalid"))
                .bind("percent");
        binder.forField(reason).asRequired(getTranslation("urbanrenewal.override.reason.required"))
                .bind("reason");
        if (current != null) {
            binder.readRecord(new Entry(current.percent().stripTrailingZeros(), current.reason()));
        }
        FormLayout form = new FormLayout(percent, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("urbanrenewal.override.help",
                CharterText.rate(inherited, getLocale()))), form);
        saveWith(onSave::test);
        remove.setText(getTranslation("urbanrenewal.override.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(current != null);
        remove.addClickListener(e -> {
            if (onSave.test(null)) {
                close();
            }
        });
        getFooter().addComponentAsFirst(remove);
        setWidth("34rem");
    }
}
