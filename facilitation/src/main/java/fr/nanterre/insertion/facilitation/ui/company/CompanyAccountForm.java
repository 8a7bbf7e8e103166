package fr.nanterre.insertion.facilitation.ui.company;

import java.util.function.Predicate;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.nanterre.insertion.facilitation.company.NewCompanyAccount;
import fr.nanterre.platform.ui.RecordDialog;

/** A new company account: the company's name, the person's e-mail, the SIRETs, the language of the e-mails. */
class CompanyAccountForm extends RecordDialog<CompanyAccountForm.Typed> {

    /** What the facilitator types, before it is checked as a {@link NewCompanyAccount}. */
    public record Typed(String name, String email, String sirets, String language) {
    }

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextArea sirets = new TextArea();
    final Select<String> language = new Select<>();

    CompanyAccountForm(Predicate<Typed> onSave) {
        super(Typed.class);
        setHeaderTitle(getTranslation("facilitation.companies.new"));
        name.setLabel(getTranslation("facilitation.companies.name"));
        name.setId("company-name");
        email.setLabel(getTranslation("facilitation.companies.email"));
        email.setId("company-email");
        sirets.setLabel(getTranslation("facilitation.companies.sirets"));
        sirets.setId("company-sirets");
        language.setLabel(getTranslation("facilitation.companies.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(code -> getTranslation("facilitation.companies.language." + code));
        binder.forField(name).asRequired(getTranslation("facilitation.company.invalid.name")).bind("name");
        binder.forField(email).asRequired(getTranslation("facilitation.company.invalid.email"))
                .withValidator(typed -> typed.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
                        getTranslation("facilitation.company.invalid.email")).bind("email");
        binder.forField(sirets).asRequired(getTranslation("facilitation.company.invalid.siret"))
                .withValidator(typed -> !NewCompanyAccount.sirets(typed).isEmpty() && NewCompanyAccount.sirets(typed)
                        .stream().allMatch(s -> s.replaceAll("[\\s\\u00a0]", "").matches("[0-9]{14}")),
                        getTranslation("facilitation.company.invalid.siret")).bind("sirets");
        binder.forField(language).bind("language");
        binder.readRecord(new Typed("", "", "", "fr"));
        FormLayout form = new FormLayout(name, email, sirets, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        saveWith(onSave);
        save.setId("save-company-account");
    }

    /** Shows a refusal the service gave next to the field it concerns. */
    void refused(String key) {
        name.setInvalid(key.endsWith(".name"));
        name.setErrorMessage(getTranslation(key));
        email.setInvalid(key.endsWith(".email") || key.equals("facilitation.company.duplicate"));
        email.setErrorMessage(getTranslation(key));
        sirets.setInvalid(key.endsWith(".siret"));
        sirets.setErrorMessage(getTranslation(key));
    }
}
