package fr.nanterre.insertion.facilitation.ui.statement;

import java.time.format.DateTimeFormatter;

import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Verdict;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.ImportDialog;

/**
 * Import of an employer's monthly statement: every line is checked and shown with its verdict, then all the
 * valid lines go in as one received statement, or nothing.
 */
class StatementImportDialog extends ImportDialog<Preview, Verdict> {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    StatementImportDialog(StatementImport statementImport, Runnable onImported) {
        super("facilitation.statement.import.title", "facilitation.statement.help", "facilitation.statement.import",
                MAX_FILE_BYTES, statementImport::preview, preview -> {
                    Statement received = statementImport.apply(preview);
                    return received == null ? 0 : received.lines();
                }, onImported);
        upload.setId("statement-upload");
        importValid.setId("import-statement");
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
        lines.addColumn(Verdict::line).setHeader(getTranslation("facilitation.statement.line")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        lines.addColumn(Verdict::reference).setHeader(getTranslation("facilitation.statement.reference"));
        lines.addColumn(v -> v.month() == null ? "" : v.month().format(month))
                .setHeader(getTranslation("facilitation.statement.month"));
        lines.addColumn(v -> Format.number(v.hours(), getLocale()))
                .setHeader(getTranslation("facilitation.statement.hours"));
        lines.addColumn(this::verdict).setHeader(getTranslation("facilitation.statement.result")).setFlexGrow(3)
                .setSortable(true);
    }

    @Override
    protected String summary(Preview checked) {
        return getTranslation("facilitation.statement.import.summary", checked.acceptedCount(),
                checked.count(Status.ALREADY_RECORDED), checked.rejected());
    }

    private String verdict(Verdict verdict) {
        return switch (verdict.status()) {
            case ACCEPTED -> getTranslation("facilitation.statement.accepted");
            case ALREADY_RECORDED -> getTranslation("facilitation.statement.already-recorded");
            case REJECTED -> getTranslation("facilitation.statement.rejected", getTranslation(verdict.reason()));
        };
    }
}
