package fr.nanterre.insertion.facilitation.ui.agreement;

import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.nanterre.insertion.facilitation.agreement.AgreementTerms;
import fr.nanterre.insertion.facilitation.agreement.DuplicateAgreementException;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import fr.nanterre.platform.ui.RecordDialog;
import org.springframework.dao.OptimisticLockingFailureException;

/** Records a year's agreement or changes it: the grant, the signature date and the three objectives. */
class AgreementForm extends RecordDialog<AgreementTerms> {

    final IntegerField year = new IntegerField();
    final BigDecimalField grantAmount = new BigDecimalField();
    final LocalizedDatePicker signedOn = new LocalizedDatePicker("");
    final IntegerField objectiveHours = new IntegerField();
    final IntegerField objectivePeople = new IntegerField();
    final IntegerField objectiveExits = new IntegerField();
    final TextArea comments = new TextArea();

    /**
     * @param current the terms to change
     * @param saving  saves the terms; may refuse them with {@link DuplicateAgreementException} or
     *                {@link OptimisticLockingFailureException}, and the dialog then stays open
     */
    AgreementForm(String title, AgreementTerms current, Consumer<AgreementTerms> saving) {
        this(title, saving);
        binder.readRecord(current);
    }

    AgreementForm(String title, int suggestedYear, Consumer<AgreementTerms> saving) {
        this(title, saving);
        year.setValue(suggestedYear);
    }

    private AgreementForm(String title, Consumer<AgreementTerms> saving) {
        super(AgreementTerms.class);
        setHeaderTitle(title);
        year.setId("agreement-year");
        grantAmount.setId("agreement-grant");
        save.setId("save-agreement");
        year.setLabel(getTranslation("facilitation.agreement.year"));
        year.setStepButtonsVisible(true);
        grantAmount.setLabel(getTranslation("facilitation.agreement.grant"));
        signedOn.setLabel(getTranslation("facilitation.agreement.signed-on"));
        objectiveHours.setLabel(getTranslation("facilitation.agreement.objective-hours"));
        objectivePeople.setLabel(getTranslation("facilitation.agreement.objective-people"));
        objectiveExits.setLabel(getTranslation("facilitation.agreement.objective-exits"));
        objectiveExits.setHelperText(getTranslation("facilitation.agreement.dynamic-exits.help"));
        comments.setLabel(getTranslation("facilitation.agreement.comments"));
        comments.setMaxLength(AgreementTerms.COMMENTS_LENGTH);

        binder.forField(year).asRequired(getTranslation("facilitation.agreement.year.required"))
                .withValidator(y -> y >= AgreementTerms.FIRST_YEAR && y <= AgreementTerms.LAST_YEAR,
                        getTranslation("facilitation.agreement.year.range",
                                String.valueOf(AgreementTerms.FIRST_YEAR), String.valueOf(AgreementTerms.LAST_YEAR)))
                .bind("year");
        binder.forField(grantAmount).asRequired(getTranslation("facilitation.agreement.grant.required"))
                .withValidator(AgreementTerms::isGrant, getTranslation("facilitation.agreement.grant.range"))
                .bind("grantAmount");
        binder.forField(signedOn).asRequired(getTranslation("facilitation.agreement.signed-on.required"))
                .bind("signedOn");
        bindObjective(objectiveHours, "objectiveHours");
        bindObjective(objectivePeople, "objectivePeople");
        bindObjective(objectiveExits, "objectiveExits");
        binder.forField(comments).bind("comments");

        FormLayout form = new FormLayout(year, grantAmount, signedOn, objectiveHours, objectivePeople, objectiveExits,
                comments);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.setColspan(comments, 3);
        add(form);
        saveWith(terms -> {
            try {
                saving.accept(terms);
                return true;
            } catch (DuplicateAgreementException taken) {
                year.setErrorMessage(getTranslation("facilitation.agreement.year.taken",
                        String.valueOf(terms.year())));
                year.setInvalid(true);
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
            return false;
        });
        setWidth("44rem");
    }

    private void bindObjective(IntegerField field, String property) {
        binder.forField(field).asRequired(getTranslation("facilitation.agreement.objective.required"))
                .withValidator(value -> value >= 0, getTranslation("facilitation.agreement.objective.negative"))
                .bind(property);
    }
}
