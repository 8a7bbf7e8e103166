package fr.nanterre.insertion.procurement.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.clause.InvalidTargetException;
import fr.nanterre.insertion.procurement.clause.TargetMethod;
import fr.nanterre.insertion.procurement.clause.Trade;
import fr.nanterre.insertion.procurement.contract.ExecutionClause;
import fr.nanterre.insertion.procurement.contract.Lot;
import fr.nanterre.platform.ui.RecordDialog;
import org.jspecify.annotations.Nullable;

/**
 * The execution clause of a lot, with the hours calculator: the target is worked out and shown while the user
 * types, and a wrong input is named next to its field.
 */
class ClauseForm extends RecordDialog<ClauseForm.Decision> {

    /** What the user decided: the target's inputs, the penalty per missing hour, the trade (public for the binder). */
    public record Decision(HoursTarget target, BigDecimal penaltyPerHour, @Nullable String tradeCode) {
    }

    static final BigDecimal DEFAULT_HOURLY_COST = new BigDecimal("30");

    final RadioButtonGroup<TargetMethod> method = new RadioButtonGroup<>();
    final ComboBox<Trade> trade = new ComboBox<>();
    final BigDecimalField amount = new BigDecimalField();
    final BigDecimalField labourShare = new BigDecimalField();
    final BigDecimalField hourlyCost = new BigDecimalField();
    final BigDecimalField rate = new BigDecimalField();
    final IntegerField fixedHours = new IntegerField();
    final IntegerField estimatedHours = new IntegerField();
    final BigDecimalField penalty = new BigDecimalField();
    final Span result = new Span();
    private final Map<String, HasValidation> fields;
    /** Missing values are only reported once the user tries to save; wrong ones as soon as they are typed. */
    private boolean saveAttempted;

    ClauseForm(Lot lot, List<Trade> trades, Predicate<Decision> onSave) {
        super(Decision.class);
        setHeaderTitle(getTranslation("procurement.clause.title", lot.number(), lot.title()));
        method.setId("clause-method");
        amount.setId("clause-amount");
        labourShare.setId("clause-labour-share");
        hourlyCost.setId("clause-hourly-cost");
        rate.setId("clause-rate");
        result.setId("clause-result");
        penalty.setId("clause-penalty");
        save.setId("save-clause");
        method.setLabel(getTranslation("procurement.clause.method"));
        method.setItems(TargetMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("procurement.clause.method." + m.name()));
        trade.setLabel(getTranslation("procurement.clause.trade"));
        trade.setItems(trades);
        trade.setItemLabelGenerator(t -> t.label(getLocale()) + " – " + t.labourSharePercent().stripTrailingZeros()
                .toPlainString() + " %");
        trade.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                labourShare.setValue(e.getValue().labourSharePercent());
            }
        });
        amount.setLabel(getTranslation("procurement.clause.amount"));
        labourShare.setLabel(getTranslation("procurement.clause.labour-share"));
        hourlyCost.setLabel(getTranslation("procurement.clause.hourly-cost"));
        rate.setLabel(getTranslation("procurement.clause.rate"));
        fixedHours.setLabel(getTranslation("procurement.clause.fixed-hours"));
        estimatedHours.setLabel(getTranslation("procurement.clause.estimated-hours"));
        penalty.setLabel(getTranslation("procurement.clause.penalty"));
        result.getStyle().set("font-size", "var(--lumo-font-size-l, 1.2em)").set("font-weight", "600");
        fields = Map.of("amountExclTax", amount, "labourSharePercent", labourShare, "hourlyCost", hourlyCost,
                "ratePercent", rate, "fixedHours", fixedHours, "estimatedTotalHours", estimatedHours);

        ExecutionClause clause = lot.clause();
        if (clause != null) {
            method.setValue(clause.method());
            amount.setValue(clause.amountExclTax());
            labourShare.setValue(clause.labourSharePercent());
            hourlyCost.setValue(clause.hourlyCost());
            rate.setValue(clause.ratePercent());
            fixedHours.setValue(clause.fixedHours());
            estimatedHours.setValue(clause.estimatedTotalHours());
            penalty.setValue(clause.penaltyPerHour());
            trades.stream().filter(t -> t.code().equals(clause.tradeCode())).findFirst().ifPresent(trade::setValue);
        } else {
            method.setValue(TargetMethod.AMOUNT_BASED);
            amount.setValue(lot.amountExclTax());
            hourlyCost.setValue(DEFAULT_HOURLY_COST);
        }
        for (HasValue<?, ?> input : new HasValue<?, ?>[] {amount, labourShare, hourlyCost, rate, penalty}) {
            ((BigDecimalField) input).setValueChangeMode(ValueChangeMode.EAGER);
        }
        fixedHours.setValueChangeMode(ValueChangeMode.EAGER);
        estimatedHours.setValueChangeMode(ValueChangeMode.EAGER);
        for (HasValue<?, ?> input : new HasValue<?, ?>[] {method, amount, labourShare, hourlyCost, rate, fixedHours,
                estimatedHours}) {
            input.addValueChangeListener(e -> recompute());
        }

        FormLayout form = new FormLayout(method, trade, amount, labourShare, hourlyCost, rate, fixedHours,
                estimatedHours, penalty, result);
        form.setColspan(method, 2);
        form.setColspan(result, 2);
        add(form);
        recompute();

        // the target is worked out from the calculator's fields, which show their own messages (see recompute)
        binder.forField(method)
                .withConverter(Converter.<TargetMethod, HoursTarget>from(chosen -> {
                    HoursTarget target = recompute();
                    return target == null ? Result.error(result.getText()) : Result.ok(target);
                }, HoursTarget::method))
                .withValidationStatusHandler(status -> { })
                .bind("target");
        binder.forField(penalty)
                .withValidator(p -> p == null ? !saveAttempted : p.signum() >= 0,
                        getTranslation("procurement.clause.penalty.invalid"))
                .bind("penaltyPerHour");
        binder.forField(trade)
                .withConverter(Converter.<Trade, @Nullable String>from(t -> Result.ok(t == null ? null : t.code()),
                        code -> trades.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null)))
                .bind("tradeCode");
        save.addClickListener(e -> saveAttempted = true); // before saveWith's: missing values are reported now
        saveWith(onSave);
        setWidth("46rem");
    }

    /** Shows the target the inputs give, or names the field that prevents it; returns the target, or null. */
    @Nullable HoursTarget recompute() {
        TargetMethod chosen = method.getValue();
        boolean amountBased = chosen == TargetMethod.AMOUNT_BASED;
        amount.setVisible(amountBased);
        trade.setVisible(amountBased);
        labourShare.setVisible(amountBased);
        hourlyCost.setVisible(amountBased);
        rate.setVisible(chosen != TargetMethod.FIXED_HOURS);
        fixedHours.setVisible(chosen == TargetMethod.FIXED_HOURS);
        estimatedHours.setVisible(chosen == TargetMethod.SHARE_OF_ESTIMATED_HOURS);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            HoursTarget target = new HoursTarget(chosen, amount.getValue(), labourShare.getValue(),
                    hourlyCost.getValue(), rate.getValue(), fixedHours.getValue(), estimatedHours.getValue());
            result.setText(getTranslation("procurement.clause.result", target.hours()));
            return target;
        } catch (InvalidTargetException invalid) {
            HasValidation field = fields.get(invalid.field());
            boolean typed = field instanceof HasValue<?, ?> input && !input.isEmpty();
            if (field != null && (typed || saveAttempted)) {
                field.setErrorMessage(getTranslation("procurement.clause.invalid." + invalid.field()));
                field.setInvalid(true);
            }
            result.setText(getTranslation("procurement.clause.result.incomplete"));
            return null;
        }
    }
}
