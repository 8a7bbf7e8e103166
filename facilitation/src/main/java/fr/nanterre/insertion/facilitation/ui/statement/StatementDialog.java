package fr.nanterre.insertion.facilitation.ui.statement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementLine;
import fr.nanterre.platform.text.Format;
import org.jspecify.annotations.Nullable;

/** One statement: who received, checked and validated it, and its lines, paged, for the facilitator's check. */
class StatementDialog extends Dialog {

    final Grid<StatementLine> lines = new Grid<>();
    final Paragraph history = new Paragraph();

    StatementDialog(Ledger ledger, Statement statement, StatementSteps steps) {
        setHeaderTitle(statement.fileName());
        setWidth("56rem");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        StringBuilder text = new StringBuilder(getTranslation("facilitation.statement.history.received",
                at(when, statement.receivedAt()), statement.receivedBy(), statement.lines()));
        if (statement.checkedBy() != null) {
            text.append(' ').append(getTranslation("facilitation.statement.history.checked",
                    at(when, statement.checkedAt()), statement.checkedBy()));
        }
        if (statement.validatedBy() != null) {
            text.append(' ').append(getTranslation("facilitation.statement.history.validated",
                    at(when, statement.validatedAt()), statement.validatedBy()));
        }
        if (statement.rejectedBy() != null) {
            text.append(' ').append(getTranslation("facilitation.statement.history.rejected",
                    at(when, statement.rejectedAt()), statement.rejectedBy(), statement.rejectionReason()));
        }
        history.setText(text.toString());

        DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
        lines.addColumn(StatementLine::participantReference)
                .setHeader(getTranslation("facilitation.statement.reference"));
        lines.addColumn(StatementLine::employerName).setHeader(getTranslation("facilitation.placement.employer"))
                .setFlexGrow(2);
        lines.addColumn(l -> l.month().format(month)).setHeader(getTranslation("facilitation.statement.month"));
        lines.addColumn(l -> Format.number(l.hours(), getLocale()))
                .setHeader(getTranslation("facilitation.statement.hours"));
        lines.setEmptyStateText(getTranslation("facilitation.statement.no-line"));
        lines.setItems(query -> ledger.linesOf(statement.id(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) ledger.countLinesOf(statement.id()));
        lines.setHeight("20rem");
        add(history, lines);

        Button next = steps.nextStep(statement);
        next.addClickListener(e -> close());
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), steps.reject(statement, this::close),
                next);
    }

    private static String at(DateTimeFormatter when, @Nullable Instant instant) {
        return instant == null ? "" : when.format(instant.atZone(ZoneId.systemDefault()));
    }
}
