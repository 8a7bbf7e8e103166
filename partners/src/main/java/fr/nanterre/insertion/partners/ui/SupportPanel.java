package fr.nanterre.insertion.partners.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.nanterre.insertion.partners.support.CitySupport;
import fr.nanterre.insertion.partners.support.Grant;
import fr.nanterre.insertion.partners.support.YearlyObjectives;
import fr.nanterre.insertion.partners.support.YearlyObjectives.Figures;
import fr.nanterre.platform.ui.LocalizedDatePicker;

/** The City's support to one structure: grants and their payments, objectives set against results reported. */
class SupportPanel extends VerticalLayout {

    private final CitySupport support;
    private final UUID structureId;
    private final Clock clock;
    final Grid<Grant> grants = new Grid<>();
    final Grid<YearlyObjectives> objectives = new Grid<>();
    final Button addGrant = new Button();
    final Button setObjectives = new Button();

    SupportPanel(CitySupport support, UUID structureId, Clock clock) {
        this.support = support;
        this.structureId = structureId;
        this.clock = clock;
        setPadding(false);

        grants.addColumn(Grant::year).setHeader(getTranslation("partners.support.year")).setAutoWidth(true);
        grants.addColumn(Grant::purpose).setHeader(getTranslation("partners.support.purpose")).setFlexGrow(3);
        grants.addColumn(g -> euros(g.amount())).setHeader(getTranslation("partners.support.amount"));
        grants.addColumn(g -> euros(g.paidSoFar())).setHeader(getTranslation("partners.support.paid"));
        grants.addComponentColumn(g -> new Button(getTranslation("partners.support.pay"),
                VaadinIcon.EURO.create(), e -> askPayment(g))).setKey("pay").setAutoWidth(true).setFlexGrow(0);
        grants.setAllRowsVisible(true);
        grants.setEmptyStateText(getTranslation("partners.support.no-grant"));
        addGrant.setText(getTranslation("partners.support.add-grant"));
        addGrant.setIcon(VaadinIcon.PLUS.create());
        addGrant.addClickListener(e -> askGrant());

        objectives.addColumn(YearlyObjectives::year).setHeader(getTranslation("partners.support.year"))
                .setAutoWidth(true);
        objectives.addColumn(o -> versus(o, Figures::hires)).setHeader(getTranslation("partners.support.hires"));
        objectives.addColumn(o -> versus(o, Figures::hours)).setHeader(getTranslation("partners.support.hours"));
        objectives.addColumn(o -> versus(o, Figures::durableExits))
                .setHeader(getTranslation("partners.support.durable-exits"));
        objectives.addComponentColumn(o -> new Button(getTranslation("partners.support.report"),
                e -> askFigures(getTranslation("partners.support.report"), o.year(), o.result(),
                        figures -> support.reportResults(o, figures, LocalDate.now(clock)))))
                .setAutoWidth(true).setFlexGrow(0);
        objectives.setAllRowsVisible(true);
        objectives.setEmptyStateText(getTranslation("partners.support.no-objectives"));
        setObjectives.setText(getTranslation("partners.support.set-objectives"));
        setObjectives.setIcon(VaadinIcon.PLUS.create());
        setObjectives.addClickListener(e -> askFigures(getTranslation("partners.support.set-objectives"), null, null,
                null));

        add(new H3(getTranslation("partners.support.grants")), addGrant, grants,
                new H3(getTranslation("partners.support.objectives")), setObjectives, objectives);
        refresh();
    }

    private void refresh() {
        grants.setItems(support.grantsOf(structureId));
        objectives.setItems(support.objectivesOf(structureId));
    }

    /** One figure of the year: "objective / result", with a dash while no result is reported. */
    private static String versus(YearlyObjectives yearly, ToIntFunction<Figures> figure) {
        Figures result = yearly.result();
        return SupportTotalsView.versus(figure.applyAsInt(yearly.objective()),
                result == null ? null : figure.applyAsInt(result));
    }

    private String euros(BigDecimal amount) {
        return getTranslation("partners.support.euros", amount);
    }

    private void askGrant() {
        IntegerField year = yearField(null);
        TextField purpose = new TextField(getTranslation("partners.support.purpose"));
        BigDecimalField amount = new BigDecimalField(getTranslation("partners.support.amount"));
        TextArea conditions = new TextArea(getTranslation("partners.support.conditions"));
        LocalizedDatePicker signedOn = new LocalizedDatePicker(getTranslation("partners.support.signed-on"));
        Dialog dialog = new Dialog(new FormLayout(year, purpose, amount, signedOn, conditions));
        dialog.setHeaderTitle(getTranslation("partners.support.add-grant"));
        footer(dialog, () -> {
            boolean valid = required(year) & required(purpose);
            if (amount.getValue() == null || amount.getValue().signum() <= 0) {
                amount.setErrorMessage(getTranslation("partners.support.amount.positive"));
                amount.setInvalid(true);
                valid = false;
            }
            if (valid) {
                support.agree(structureId, year.getValue(), purpose.getValue(), amount.getValue(),
                        conditions.getValue(), signedOn.getValue());
            }
            return valid;
        });
    }

    private void askPayment(Grant grant) {
        LocalizedDatePicker paidOn = new LocalizedDatePicker(getTranslation("partners.support.paid-on"));
        paidOn.setValue(LocalDate.now(clock));
        BigDecimalField amount = new BigDecimalField(getTranslation("partners.support.amount"));
        amount.setHelperText(getTranslation("partners.support.left-to-pay",
                grant.amount().subtract(grant.paidSoFar())));
        Dialog dialog = new Dialog(new FormLayout(paidOn, amount));
        dialog.setHeaderTitle(getTranslation("partners.support.pay") + " – " + grant.purpose());
        footer(dialog, () -> {
            BigDecimal value = amount.getValue();
            if (value == null || value.signum() <= 0
                    || grant.paidSoFar().add(value).compareTo(grant.amount()) > 0) {
                amount.setErrorMessage(getTranslation("partners.support.payment.invalid"));
                amount.setInvalid(true);
                return false;
            }
            if (paidOn.getValue() == null) {
                paidOn.setErrorMessage(getTranslation("partners.support.required"));
                paidOn.setInvalid(true);
                return false;
            }
            support.pay(grant, paidOn.getValue(), value);
            return true;
        });
    }

    /** @param save what to do with valid figures; null to set a year's objectives */
    private void askFigures(String title, Integer fixedYear, Figures current,
                            java.util.function.Consumer<Figures> save) {
        IntegerField year = yearField(fixedYear);
        IntegerField hires = figure("partners.support.hires", current == null ? null : current.hires());
        IntegerField hours = figure("partners.support.hours", current == null ? null : current.hours());
        IntegerField exits = figure("partners.support.durable-exits",
                current == null ? null : current.durableExits());
        Dialog dialog = new Dialog(new FormLayout(year, hires, hours, exits));
        dialog.setHeaderTitle(title);
        footer(dialog, () -> {
            boolean valid = required(year) & required(hires) & required(hours) & required(exits);
            if (valid) {
                Figures figures = new Figures(hires.getValue(), hours.getValue(), exits.getValue());
                if (save == null) {
                    support.setObjectives(structureId, year.getValue(), figures);
                } else {
                    save.accept(figures);
                }
            }
            return valid;
        });
    }

    private IntegerField yearField(Integer fixed) {
        IntegerField year = new IntegerField(getTranslation("partners.support.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setValue(fixed != null ? fixed : LocalDate.now(clock).getYear());
        year.setReadOnly(fixed != null);
        return year;
    }

    private IntegerField figure(String label, Integer value) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setMin(0);
        field.setValue(value);
        return field;
    }

    private boolean required(com.vaadin.flow.component.HasValue<?, ?> field) {
        Object value = field.getValue();
        boolean missing = value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Integer number && number < 0);
        if (field instanceof com.vaadin.flow.component.HasValidation validation) {
            validation.setErrorMessage(getTranslation("partners.support.required"));
            validation.setInvalid(missing);
        }
        return !missing;
    }

    private void footer(Dialog dialog, java.util.function.BooleanSupplier save) {
        Button ok = new Button(getTranslation("common.save"), e -> {
            if (save.getAsBoolean()) {
                dialog.close();
                refresh();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
