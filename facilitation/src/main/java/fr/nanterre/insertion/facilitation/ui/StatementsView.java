package fr.nanterre.insertion.facilitation.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.nanterre.insertion.facilitation.ledger.Ledger;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Verdict;
import fr.nanterre.insertion.facilitation.ledger.StatementState;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.LocalizedUpload;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The employers' monthly statements: import one with its line-by-line preview, then check and validate it;
 * only validated hours count on the clauses.
 */
@Route("releves")
@Menu(title = "facilitation.statements.menu", order = 42, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.FACILITATOR)
class StatementsView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final StatementImport statementImport;
    private final Ledger ledger;
    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<Verdict> lines = new Grid<>();
    final Button importValid = new Button();
    final Grid<Statement> statements = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    Preview preview;

    StatementsView(StatementImport statementImport, Ledger ledger) {
        this.statementImport = statementImport;
        this.ledger = ledger;
        setSizeFull();
        UI ui = UI.getCurrent();
        upload = new LocalizedUpload(UploadHandler.inMemory((metadata, content) ->
                ui.access(() -> show(statementImport.preview(metadata.fileName(), content)))), MAX_FILE_BYTES);
        upload.setId("statement-upload");
        progress.setIndeterminate(true);
        progress.setVisible(false);

        lines.addColumn(Verdict::line).setHeader(getTranslation("facilitation.statement.line")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        lines.addColumn(Verdict::reference).setHeader(getTranslation("facilitation.statement.reference"));
        lines.addColumn(v -> v.month() == null ? "" : v.month().format(DateTimeFormatter.ofPattern("MM/yyyy")))
                .setHeader(getTranslation("facilitation.statement.month"));
        lines.addColumn(v -> v.hours() == null ? "" : v.hours().toPlainString())
                .setHeader(getTranslation("facilitation.statement.hours"));
        lines.addColumn(this::verdict).setHeader(getTranslation("facilitation.statement.result")).setFlexGrow(3)
                .setSortable(true);
        lines.setHeight("16rem");
        lines.setVisible(false);
        importValid.setId("import-statement");
        importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importValid.setVisible(false);
        importValid.addClickListener(e -> confirmImport());

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        statements.addColumn(Statement::fileName).setHeader(getTranslation("facilitation.statement.file"))
                .setFlexGrow(2);
        statements.addColumn(s -> when.format(s.receivedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("facilitation.statement.received")).setSortProperty("receivedAt");
        statements.addColumn(Statement::receivedBy).setHeader(getTranslation("facilitation.statement.by"));
        statements.addColumn(Statement::lines).setHeader(getTranslation("facilitation.statement.lines"));
        statements.addColumn(s -> getTranslation("facilitation.statement.state." + s.state().name()))
                .setHeader(getTranslation("facilitation.statement.state")).setSortProperty("state");
        statements.addComponentColumn(this::nextStep).setAutoWidth(true).setFlexGrow(0);
        statements.setEmptyStateText(getTranslation("facilitation.statement.none"));
        statements.setItems(query -> ledger.statements(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) ledger.countStatements());

        add(new H2(getTranslation("facilitation.statements.title")),
                new Paragraph(getTranslation("facilitation.statement.help")), upload, progress, summary, lines,
                new HorizontalLayout(importValid), new H3(getTranslation("facilitation.statement.received-list")),
                statements);
        expand(statements);
    }

    void show(Preview checked) {
        this.preview = checked;
        if (checked.fileError() != null) {
            summary.setText(getTranslation(checked.fileError()));
            lines.setVisible(false);
            importValid.setVisible(false);
            return;
        }
        long accepted = checked.count(Status.ACCEPTED);
        summary.setText(getTranslation("facilitation.statement.summary", accepted,
                checked.count(Status.ALREADY_RECORDED), checked.count(Status.REJECTED)));
        lines.setItems(checked.lines());
        lines.setVisible(true);
        importValid.setText(getTranslation("facilitation.statement.import", accepted));
        importValid.setVisible(accepted > 0);
    }

    private String verdict(Verdict verdict) {
        return switch (verdict.status()) {
            case ACCEPTED -> getTranslation("facilitation.statement.accepted");
            case ALREADY_RECORDED -> getTranslation("facilitation.statement.already-recorded");
            case REJECTED -> getTranslation("facilitation.statement.rejected", getTranslation(verdict.reason()));
        };
    }

    private void confirmImport() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("facilitation.statements.title"),
                getTranslation("facilitation.statement.import.confirm", preview.count(Status.ACCEPTED),
                        preview.count(Status.REJECTED)), getTranslation("common.confirm"), e -> apply());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    void apply() {
        progress.setVisible(true);
        try {
            statementImport.apply(preview);
            Notification.show(getTranslation("facilitation.statement.imported"), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            lines.setVisible(false);
            importValid.setVisible(false);
            summary.setText("");
            statements.getDataProvider().refreshAll();
        } catch (RuntimeException failed) {
            summary.setText(getTranslation("facilitation.statement.import.failed"));
        } finally {
            progress.setVisible(false);
        }
    }

    private Button nextStep(Statement statement) {
        Button next = new Button();
        next.setVisible(statement.state() != StatementState.VALIDATED);
        boolean check = statement.state() == StatementState.RECEIVED;
        next.setText(getTranslation(check ? "facilitation.statement.check" : "facilitation.statement.validate"));
        next.setId(check ? "check-statement" : "validate-statement");
        next.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(next.getText(), getTranslation(check
                    ? "facilitation.statement.check.confirm" : "facilitation.statement.validate.confirm",
                    statement.fileName(), statement.lines()), getTranslation("common.confirm"), ok -> {
                try {
                    if (check) {
                        ledger.check(statement);
                    } else {
                        ledger.validate(statement);
                    }
                } catch (OptimisticLockingFailureException | IllegalStateException concurrentChange) {
                    Notification.show(getTranslation("common.concurrent-change"), 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                statements.getDataProvider().refreshAll();
            });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        return next;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitation.statements.title");
    }
}
