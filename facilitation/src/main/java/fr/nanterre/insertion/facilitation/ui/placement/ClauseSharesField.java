package fr.nanterre.insertion.facilitation.ui.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;
import fr.nanterre.insertion.facilitation.placement.ClauseShare;
import fr.nanterre.insertion.facilitation.ui.ClauseField;
import fr.nanterre.platform.text.Format;
import org.jspecify.annotations.Nullable;

/**
 * The clauses a placement's hours count on, with each one's share: one clause at 100 % usually, several by
 * agreement ("globalisation"), the shares summing to 100 %. Its value is the shares of the rows filled in;
 * {@link #validate()} marks what is missing or wrong next to each row.
 */
class ClauseSharesField extends CustomField<List<ClauseShare>> {

    /** One clause and its share. */
    final class Row extends HorizontalLayout {

        final ClauseField clause;
        final BigDecimalField percent = new BigDecimalField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(FollowedClauses clauses) {
            clause = new ClauseField(clauses);
            clause.setWidthFull();
            clause.addValueChangeListener(e -> updateValue());
            percent.setSuffixComponent(new Span("%"));
            percent.setWidth("7rem");
            percent.addValueChangeListener(e -> {
                showTotal();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("facilitation.placement.share.remove"));
            remove.addClickListener(e -> removeRow(this));
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(clause, percent, remove);
            expand(clause);
        }
    }

    final List<Row> rows = new ArrayList<>();
    final Span total = new Span();
    final Button addClause = new Button();
    private final VerticalLayout layout = new VerticalLayout();
    private final FollowedClauses clauses;

    ClauseSharesField(FollowedClauses clauses) {
        super(List.of());
        this.clauses = clauses;
        layout.setPadding(false);
        layout.setSpacing(false);
        addClause.setText(getTranslation("facilitation.placement.share.add"));
        addClause.setIcon(VaadinIcon.PLUS.create());
        addClause.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClause.setId("add-share");
        addClause.addClickListener(e -> addRow(null, null));
        layout.add(new Span(getTranslation("facilitation.placement.clauses")), total, addClause);
        add(layout);
    }

    /** Shows these shares, with their clauses as followed (a closed clause still shows by its label). */
    @Override
    protected void setPresentationValue(List<ClauseShare> shares) {
        Map<UUID, FollowedClause> followed = clauses.findAll(shares.stream().map(ClauseShare::clauseId).toList())
                .stream().collect(Collectors.toMap(FollowedClause::clauseId, Function.identity()));
        List.copyOf(rows).forEach(this::removeRow);
        // 100, not 100.00: the shares are stored with two decimals
        shares.forEach(share -> addRow(followed.get(share.clauseId()),
                new BigDecimal(share.percent().stripTrailingZeros().toPlainString())));
    }

    /** The rows with a clause and a share; all of them once {@link #validate()} passes. */
    @Override
    protected List<ClauseShare> generateModelValue() {
        return rows.stream().filter(row -> row.clause.getValue() != null && row.percent.getValue() != null)
                .map(row -> new ClauseShare(row.clause.getValue().clauseId(), row.percent.getValue())).toList();
    }

    Row addRow(@Nullable FollowedClause clause, @Nullable BigDecimal percent) {
        Row row = new Row(clauses);
        if (rows.isEmpty()) {
            row.clause.setId("placement-clause");
            row.percent.setValue(percent == null ? BigDecimal.valueOf(100) : percent);
        } else {
            row.percent.setValue(percent);
        }
        row.percent.setId("placement-share-" + rows.size());
        row.clause.setValue(clause);
        rows.add(row);
        layout.addComponentAtIndex(layout.indexOf(total), row);
        showTotal();
        updateValue();
        return row;
    }

    private void removeRow(Row row) {
        rows.remove(row);
        layout.remove(row);
        showTotal();
        updateValue();
    }

    /** Marks each missing clause or share next to it, and the total when it is not 100 %; true when all is right. */
    boolean validate() {
        boolean valid = !rows.isEmpty();
        List<UUID> seen = new ArrayList<>();
        for (Row row : rows) {
            FollowedClause clause = row.clause.getValue();
            boolean twice = clause != null && seen.contains(clause.clauseId());
            row.clause.setErrorMessage(getTranslation(twice ? "facilitation.placement.share.twice"
                    : "facilitation.required"));
            row.clause.setInvalid(clause == null || twice);
            if (clause != null) {
                seen.add(clause.clauseId());
            }
            BigDecimal percent = row.percent.getValue();
            row.percent.setErrorMessage(getTranslation("facilitation.placement.share.positive"));
            row.percent.setInvalid(percent == null || percent.signum() <= 0);
            valid &= !row.clause.isInvalid() && !row.percent.isInvalid();
        }
        boolean hundred = sum().compareTo(BigDecimal.valueOf(100)) == 0;
        total.getStyle().set("color", hundred ? "var(--lumo-secondary-text-color)" : "var(--lumo-error-text-color)");
        return valid && hundred;
    }

    private BigDecimal sum() {
        return rows.stream().map(row -> row.percent.getValue()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void showTotal() {
        total.setText(getTranslation("facilitation.placement.share.total", Format.number(sum(), getLocale())));
        rows.forEach(row -> row.remove.setVisible(rows.size() > 1));
    }
}
