package fr.nanterre.insertion.procurement.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.nanterre.insertion.procurement.contract.Ccag;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.ContractDetails;
import fr.nanterre.insertion.procurement.contract.ContractRegister;
import fr.nanterre.insertion.procurement.contract.CpvCode;
import fr.nanterre.insertion.procurement.contract.DuplicateContractException;
import fr.nanterre.insertion.procurement.contract.Procedure;
import fr.nanterre.platform.ui.LocalizedDatePicker;
import fr.nanterre.platform.ui.Notices;
import fr.nanterre.platform.ui.RecordDialog;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** Creates a contract or edits its general terms. Each bad input is reported next to its field. */
class ContractForm extends RecordDialog<ContractDetails> {

    final TextField reference = new TextField();
    final TextArea object = new TextArea();
    final TextField buyer = new TextField();
    final TextField buyerId = new TextField();
    final ComboBox<Procedure> procedure = new ComboBox<>();
    final TextField cpvCode = new TextField();
    final ComboBox<Ccag> ccag = new ComboBox<>();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField duration = new IntegerField();
    final LocalizedDatePicker plannedNotification = new LocalizedDatePicker("");

    /** @param existing the contract as the user read it, or null for a new one */
    ContractForm(ContractRegister register, @Nullable Contract existing, Consumer<Contract> onSaved) {
        super(ContractDetails.class);
        setHeaderTitle(getTranslation(existing == null ? "procurement.contracts.create" : "procurement.contract.edit"));
        reference.setId("contract-reference");
        object.setId("contract-object");
        amount.setId("contract-amount");
        duration.setId("contract-duration");
        save.setId("save-contract");
        reference.setLabel(getTranslation("procurement.contract.reference"));
        object.setLabel(getTranslation("procurement.contract.object"));
        buyer.setLabel(getTranslation("procurement.contract.buyer"));
        buyer.setHelperText(getTranslation("procurement.contract.buyer.help"));
        buyerId.setLabel(getTranslation("procurement.contract.buyer-id"));
        procedure.setLabel(getTranslation("procurement.contract.procedure"));
        procedure.setItems(Procedure.values());
        procedure.setItemLabelGenerator(Procedure::decpLabel);
        cpvCode.setLabel(getTranslation("procurement.contract.cpv"));
        cpvCode.setHelperText(getTranslation("procurement.contract.cpv.help"));
        ccag.setLabel(getTranslation("procurement.contract.ccag"));
        ccag.setItems(Ccag.values());
        ccag.setItemLabelGenerator(c -> getTranslation("procurement.ccag." + c.name()));
        amount.setLabel(getTranslation("procurement.contract.amount"));
        duration.setLabel(getTranslation("procurement.contract.duration"));
        plannedNotification.setLabel(getTranslation("procurement.contract.planned-notification"));

        binder.forField(reference).asRequired(getTranslation("procurement.required")).bind("reference");
        binder.forField(object).asRequired(getTranslation("procurement.required")).bind("object");
        binder.forField(buyer).bind("buyer");
        binder.forField(buyerId).bind("buyerId");
        binder.forField(procedure).asRequired(getTranslation("procurement.required")).bind("procedure");
        binder.forField(cpvCode).withValidator(CpvCode::isWellFormed, getTranslation("procurement.contract.cpv.invalid"))
                .bind("cpvCode");
        binder.forField(ccag).asRequired(getTranslation("procurement.required")).bind("ccag");
        binder.forField(amount).asRequired(getTranslation("procurement.required"))
                .withValidator(a -> a.signum() >= 0, getTranslation("procurement.contract.amount.negative"))
                .bind("amountExclTax");
        binder.forField(duration).asRequired(getTranslation("procurement.required"))
                .withValidator(d -> d >= 1, getTranslation("procurement.contract.duration.invalid"))
                .bind("durationMonths");
        binder.forField(plannedNotification).bind("plannedNotification");

        binder.readRecord(existing != null ? existing.details() : new ContractDetails("", "", ContractDetails.CITY,
                null, Procedure.ADAPTED, null, Ccag.NONE, null, 12, null));
        FormLayout form = new FormLayout(reference, procedure, object, buyer, buyerId, cpvCode, ccag, amount,
                duration, plannedNotification);
        form.setColspan(object, 2);
        add(form);

        saveWith(details -> {
            try {
                onSaved.accept(existing == null ? register.plan(details) : register.update(existing, details));
                return true;
            } catch (DuplicateContractException duplicate) {
                reference.setErrorMessage(getTranslation("procurement.contract.reference.duplicate"));
                reference.setInvalid(true);
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
            return false;
        });
        setWidth("48rem");
    }
}
