package fr.nanterre.insertion.procurement.ui;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.nanterre.insertion.procurement.contract.Contract;
import fr.nanterre.insertion.procurement.contract.Reservation;
import fr.nanterre.insertion.procurement.recommend.InvalidPurchaseException;
import fr.nanterre.insertion.procurement.recommend.Purchase;
import fr.nanterre.insertion.procurement.recommend.Recommendation;
import fr.nanterre.insertion.procurement.recommend.Recommendation.Option;
import fr.nanterre.insertion.procurement.recommend.Recommender;
import fr.nanterre.platform.ui.Badge;
import fr.nanterre.platform.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The recommender for a planned contract of the plan: its CPV code, estimated amount, duration and place (filled
 * from the contract, changeable), the options ranked with their forecast hours, the structures that could answer and
 * the reason; one click applies an option to the contract's considerations.
 */
class RecommendDialog extends Dialog {

    final TextField cpv = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField duration = new IntegerField();
    final TextField place = new TextField();
    final Button recommend = new Button();
    final Paragraph figures = new Paragraph();
    final Grid<Option> options = new Grid<>();
    private final Recommender recommender;
    private final boolean mayApply;
    private final Consumer<Contract> onApplied;
    private Contract planned;
    private @Nullable Recommendation shown;

    RecommendDialog(Recommender recommender, Contract planned, boolean mayApply, Consumer<Contract> onApplied) {
        this.recommender = recommender;
        this.planned = planned;
        this.mayApply = mayApply;
        this.onApplied = onApplied;
        setHeaderTitle(getTranslation("procurement.recommend.title") + " – " + planned.reference());
        setWidth("72rem");
        cpv.setId("recommend-cpv");
        cpv.setLabel(getTranslation("procurement.recommend.cpv"));
        cpv.setValue(Objects.toString(planned.details().cpvCode(), ""));
        amount.setId("recommend-amount");
        amount.setLabel(getTranslation("procurement.recommend.amount"));
        amount.setValue(planned.amountExclTax());
        duration.setId("recommend-duration");
        duration.setLabel(getTranslation("procurement.recommend.duration"));
        duration.setValue(planned.durationMonths());
        place.setId("recommend-place");
        place.setLabel(getTranslation("procurement.recommend.place"));
        place.setValue("Nanterre");
        recommend.setId("recommend-run");
        recommend.setText(getTranslation("procurement.recommend.run"));
        recommend.setIcon(VaadinIcon.LIGHTBULB.create());
        recommend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recommend.addClickListener(e -> run());

        options.addColumn(Option::rank).setHeader(getTranslation("procurement.recommend.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        options.addComponentColumn(this::optionBadge).setHeader(getTranslation("procurement.recommend.option"))
                .setKey("option").setAutoWidth(true);
        options.addColumn(Option::forecastHours).setHeader(getTranslation("procurement.recommend.forecast"))
                .setKey("forecast").setAutoWidth(true);
        options.addColumn(this::structures).setHeader(getTranslation("procurement.recommend.structures"))
                .setKey("structures").setFlexGrow(2);
        options.addColumn(this::reason).setHeader(getTranslation("procurement.recommend.reason")).setKey("reason")
                .setFlexGrow(4);
        options.addComponentColumn(this::applyButton).setKey("apply").setAutoWidth(true).setFlexGrow(0);
        options.setAllRowsVisible(true);
        options.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        options.setVisible(false);

        FormLayout form = new FormLayout(cpv, amount, duration, place);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 4));
        add(new VerticalLayout(new Paragraph(getTranslation("procurement.recommend.help")), form, recommend,
                figures, options));
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    /** Recommends on the fields; what is wrong shows next to its field. */
    void run() {
        for (HasValidation field : new HasValidation[] {cpv, amount, duration}) {
            field.setInvalid(false);
        }
        try {
            shown = recommender.recommend(new Purchase(cpv.getValue(), amount.getValue(), duration.getValue(),
                    place.getValue()));
        } catch (InvalidPurchaseException invalid) {
            Map<String, HasValidation> fields = Map.of(Purchase.CPV, cpv, Purchase.AMOUNT, amount,
                    Purchase.DURATION, duration);
            invalid.problems().forEach((field, key) -> {
                fields.get(field).setErrorMessage(getTranslation(key));
                fields.get(field).setInvalid(true);
            });
            options.setVisible(false);
            figures.setText("");
            return;
        }
        figures.setText(getTranslation("procurement.recommend.figures",
                shown.tradeCode() == null ? getTranslation("procurement.recommend.no-trade") : shown.tradeCode(),
                shown.labourSharePercent().stripTrailingZeros().toPlainString(), shown.workHours(),
                shown.hourlyCost().stripTrailingZeros().toPlainString(),
                place.getValue().isBlank() ? "—" : place.getValue()));
        options.setItems(shown.options());
        options.setVisible(true);
    }

    String label(Option option) {
        String key = "procurement.recommend.option." + option.kind().name();
        // only the reserved options name to whom: the others' texts are not formatted (their apostrophes stay single)
        return option.reservation() == Reservation.NONE ? getTranslation(key)
                : getTranslation(key, option.reservation() == Reservation.EA_ESAT ? "EA/ESAT" : "SIAE");
    }

    private Badge optionBadge(Option option) {
        return new Badge(label(option), option.rank() == 1 ? Badge.Tone.SUCCESS
                : option.feasible() ? Badge.Tone.INFO : Badge.Tone.NEUTRAL);
    }

    String structures(Option option) {
        if (option.structures().isEmpty()) {
            return getTranslation("procurement.recommend.none");
        }
        return option.structures().stream().map(s -> getTranslation("procurement.recommend.structure", s.name(),
                s.freeHoursPerYear(), s.capacityHoursPerYear(), s.busyPercent())).collect(Collectors.joining(" ; "));
    }

    String reason(Option option) {
        return option.reasons().stream().map(r -> getTranslation(r.key(), r.arguments().toArray()))
                .collect(Collectors.joining(" "));
    }

    private Span applyButton(Option option) {
        Span cell = new Span();
        if (!mayApply || !option.feasible()) {
            return cell;
        }
        Button apply = new Button(getTranslation("procurement.recommend.apply"), VaadinIcon.CHECK.create(),
                e -> apply(option));
        apply.setId("apply-" + option.kind().name());
        cell.add(apply);
        return cell;
    }

    void apply(Option option) {
        if (shown == null) {
            return;
        }
        try {
            planned = recommender.apply(planned, shown, option);
            Notices.done("procurement.recommend.applied", label(option), planned.reference());
            onApplied.accept(planned);
            close();
        } catch (IllegalStateException notPlanned) {
            Notices.refused("procurement.recommend.not-planned");
        } catch (OptimisticLockingFailureException concurrentChange) {
            Notices.concurrentChange();
        }
    }
}
