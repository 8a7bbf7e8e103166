package fr.nanterre.insertion.facilitation.ui.statement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.Command;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.platform.ui.BackgroundWork;
import fr.nanterre.platform.ui.Notices;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The steps of a statement, each confirmed first: mark it checked, validate it (its hours then count), or
 * reject it with a reason. A step on a statement someone else moved meanwhile is refused with a message.
 * Validating a 100,000-line statement recounts thousands of clauses for seconds: each step runs in the
 * background ({@link BackgroundWork}), the progress bar shows meanwhile, the screen stays usable, and no second
 * step starts before the first is over.
 */
class StatementSteps {

    /** How often the browser asks for news while a step runs, when the application has no server push. */
    private static final int POLL_MILLISECONDS = 500;

    private final Ledger ledger;
    private final BackgroundWork background;
    private final ProgressBar busy;
    private final Runnable onChanged;
    private boolean working;

    /** @param busy shown, indeterminate, while a step runs */
    StatementSteps(Ledger ledger, BackgroundWork background, ProgressBar busy, Runnable onChanged) {
        this.ledger = ledger;
        this.background = background;
        this.busy = busy;
        this.onChanged = onChanged;
        busy.setIndeterminate(true);
        busy.setVisible(false);
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
        if (working) {
            return;
        }
        working = true;
        UI ui = UI.getCurrent();
        source.getElement().setEnabled(false);
        busy.setVisible(true);
        boolean polling = !background.isSynchronous() && !ui.getPushConfiguration().getPushMode().isEnabled();
        if (polling) {
            ui.setPollInterval(POLL_MILLISECONDS);
        }
        background.execute(() -> {
            RuntimeException failure = null;
            try {
                step.run();
            } catch (RuntimeException failed) {
                failure = failed;
            }
            RuntimeException outcome = failure;
            inUi(ui, () -> {
                working = false;
                busy.setVisible(false);
                source.getElement().setEnabled(true);
                if (polling) {
                    ui.setPollInterval(-1);
                }
                if (outcome instanceof OptimisticLockingFailureException || outcome instanceof IllegalStateException) {
                    Notices.concurrentChange();
                } else if (outcome != null) {
                    Notices.refused();
                }
                onChanged.run();
            });
        });
    }

    /** With the UI's lock: at once when the step ran on this thread (tests), else when the UI is free. */
    private static void inUi(UI ui, Command command) {
        if (ui.getSession() != null && ui.getSession().hasLock()) {
            command.execute();
            return;
        }
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the user left: the step is done all the same
        }
    }
}
