package fr.nanterre.insertion.procurement.ui;

import java.util.Set;
import java.util.function.Predicate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.insertion.procurement.contract.LotDetails;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.platform.ui.RecordDialog;
import org.jspecify.annotations.Nullable;

/** A lot and its social considerations other than the execution clause (which has its own calculator). */
class LotForm extends RecordDialog<LotDetails> {

    final IntegerField number = new IntegerField();
    final TextField title = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final Select<Reservation> reservation = new Select<>();
    final Checkbox insertionContract = new Checkbox();
    final BigDecimalField criterionWeight = new BigDecimalField();
    final TextArea criterionCommitment = new TextArea();

    LotForm(@Nullable Lot existing, Set<Integer> takenNumbers, Predicate<LotDetails> onSave) {
        super(LotDetails.class);
        int nextNumber = takenNumbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        setHeaderTitle(getTranslation(existing == null ? "procurement.lot.add" : "procurement.lot.edit"));
        title.setId("lot-title");
        amount.setId("lot-amount");
        save.setId("save-lot");
        number.setLabel(getTranslation("procurement.lot.number"));
        title.setLabel(getTranslation("procurement.lot.title"));
        amount.setLabel(getTranslation("procurement.contract.amount"));
        reservation.setLabel(getTranslation("procurement.lot.reservation"));
        reservation.setItems(Reservation.values());
        reservation.setItemLabelGenerator(r -> getTranslation("procurement.reservation." + r.name()));
        insertionContract.setLabel(getTranslation("procurement.lot.insertion-contract"));
        criterionWeight.setLabel(getTranslation("procurement.lot.criterion-weight"));
        criterionWeight.setHelperText(getTranslation("procurement.lot.criterion-weight.help"));
        criterionCommitment.setLabel(getTranslation("procurement.lot.criterion-commitment"));

        binder.forField(number).asRequired(getTranslation("procurement.required"))
                .withValidator(n -> n >= 1, getTranslation("procurement.lot.number.invalid"))
                .withValidator(n -> !takenNumbers.contains(n), getTranslation("procurement.lot.number.taken"))
                .bind("number");
        binder.forField(title).asRequired(getTranslation("procurement.required")).bind("title");
        binder.forField(amount).asRequired(getTranslation("procurement.required"))
                .withValidator(a -> a.signum() >= 0, getTranslation("procurement.contract.amount.negative"))
                .bind("amountExclTax");
        binder.forField(reservation).asRequired(getTranslation("procurement.required")).bind("reservation");
        binder.forField(insertionContract).bind("insertionContract");
        binder.forField(criterionWeight)
                .withValidator(w -> w == null || HoursTarget.isPercent(w), getTranslation("procurement.percent.invalid"))
                .bind("criterionWeightPercent");
        binder.forField(criterionCommitment).bind("criterionCommitment");
        binder.readRecord(existing == null
                ? new LotDetails(nextNumber, "", null, Reservation.NONE, false, null, null)
                : existing.details());

        FormLayout form = new FormLayout(number, title, amount, reservation, insertionContract, criterionWeight,
                criterionCommitment);
        form.setColspan(criterionCommitment, 2);
        add(form);
        saveWith(onSave);
        setWidth("40rem");
    }
}
