package fr.nanterre.insertion.facilitation.ui.statement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.platform.ui.Notices;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The steps of a statement, each confirmed first: mark it checked, validate it (its hours then count), or
 * reject it with a reason. A step on a statement someone else moved meanwhile is refused with a message.
 */
class StatementSteps {

    private final Ledger ledger;
    private final Runnable onChanged;

    StatementSteps(Ledger ledger, Runnable onChanged) {
        this.ledger = ledger;
        this.onChanged = onChanged;
    }

    /** "Marquer vérifié" or "Valider", or nothing once the statement is validated or rejected. */
    Button nextStep(Statement statement) {
        Button next = new Button();
        next.setVisible(statement.waiting());
        boolean check = statement.state() == StatementState.RECEIVED;
        next.setText(next.getTranslation(check ? "facilitation.statement.check" : "facilitation.statement.validate"));
        next.setId(check ? "check-statement" : "validate-statement");
        next.addClickListener(e -> confirm(next, next.getText(), next.getTranslation(check
                        ? "facilitation.statement.check.confirm" : "facilitation.statement.validate.confirm",
                statement.fileName(), statement.lines()), () -> {
            if (check) {
                ledger.check(statement);
            } else {
                ledger.validate(statement);
            }
        }));
        return next;
    }

    /** "Rejeter…": asks the reason, which is required, then rejects the statement. */
    Button reject(Statement statement, Runnable onRejected) {
        Button reject = new Button();
        reject.setText(reject.getTranslation("facilitation.statement.reject"));
        reject.setId("reject-statement");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setVisible(statement.waiting());
        reject.addClickListener(e -> {
            TextArea reason = new TextArea(reject.getTranslation("facilitation.statement.rejection"));
            reason.setId("rejection-reason");
            reason.setWidthFull();
            reason.setRequired(true);
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(reject.getText());
            confirm.setText(reject.getTranslation("facilitation.statement.reject.confirm", statement.fileName()));
            confirm.add(reason);
            confirm.setCancelable(true);
            confirm.setCancelText(reject.getTranslation("common.cancel"));
            // the dialog stays open until a reason is written
            Button confirmed = new Button(reject.getText(), click -> {
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage(reject.getTranslation("facilitation.required"));
                    reason.setInvalid(true);
                    return;
                }
                confirm.close();
                run(reject, () -> ledger.reject(statement, reason.getValue()));
                onRejected.run();
            });
            confirmed.setId("confirm-rejection");
            confirmed.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.setConfirmButton(confirmed);
            confirm.open();
        });
        return reject;
    }

    private void confirm(Component source, String header, String text, Runnable step) {
        ConfirmDialog confirm = new ConfirmDialog(header, text, source.getTranslation("common.confirm"),
                ok -> run(source, step));
        confirm.setCancelable(true);
        confirm.setCancelText(source.getTranslation("common.cancel"));
        confirm.open();
    }

    private void run(Component source, Runnable step) {
        try {
            step.run();
        } catch (OptimisticLockingFailureException | IllegalStateException concurrentChange) {
            Notices.concurrentChange();
        }
        onChanged.run();
    }
}
