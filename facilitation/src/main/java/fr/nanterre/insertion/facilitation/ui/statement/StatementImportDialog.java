package fr.nanterre.insertion.facilitation.ui.statement;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementImport;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Column;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Status;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Verdict;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.ImportDialog;
import org.jspecify.annotations.Nullable;

/**
 * Import of an employer's monthly statement: every line is checked and shown with its verdict, then all the
 * valid lines go in as one received statement, or nothing. The employer comes from the file's SIRET column or is
 * chosen here; when the file's headers are not recognised, the facilitator says which column is which, and the
 * import remembers it for that employer.
 */
class StatementImportDialog extends ImportDialog<Preview, Verdict> {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** The last file uploaded and what the dialog adds to it, to read it again when they change. */
    private static final class Pending {
        @Nullable String fileName;
        byte @Nullable [] content;
        @Nullable String employer;
        Map<String, Column> mapping = new HashMap<>();
    }

    final ComboBox<String> employer = new ComboBox<>();
    final VerticalLayout columns = new VerticalLayout();
    final Map<Column, Select<String>> columnChoices = new EnumMap<>(Column.class);
    final Button readAgain = new Button();
    private final StatementImport statementImport;
    private final Pending pending;
    private boolean showing;

    StatementImportDialog(StatementImport statementImport, Runnable onImported) {
        this(statementImport, onImported, new Pending());
    }

    private StatementImportDialog(StatementImport statementImport, Runnable onImported, Pending pending) {
        super("facilitation.statement.import.title", "facilitation.statement.help", "facilitation.statement.import",
                MAX_FILE_BYTES, (fileName, content, progress) -> {
                    pending.fileName = fileName;
                    pending.content = content;
                    pending.mapping = new HashMap<>();
                    return statementImport.preview(fileName, content, pending.employer, pending.mapping, progress);
                }, (preview, progress) -> {
                    Statement received = statementImport.apply(preview);
                    progress.accept(1);
                    return received == null ? 0 : received.lines();
                }, onImported);
        this.statementImport = statementImport;
        this.pending = pending;
        upload.setId("statement-upload");
        importValid.setId("import-statement");
        employerField();
        columnsPanel();
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

    /** Reads a file as an upload does (the upload hands its files here too). */
    void check(String fileName, byte[] content) {
        pending.fileName = fileName;
        pending.content = content;
        pending.mapping = new HashMap<>();
        readAgain();
    }

    @Override
    public void show(Preview checked) {
        super.show(checked);
        if (pending.employer == null) {
            // shows the employer the file names; it stays the file's choice, the next file may name another
            showing = true;
            employer.setValue(checked.employerSiret());
            showing = false;
        }
        boolean unrecognised = "facilitation.statement.file.columns".equals(checked.fileError())
                && !checked.headers().isEmpty();
        columns.setVisible(unrecognised || !checked.mapping().isEmpty());
        if (unrecognised || !checked.mapping().isEmpty()) {
            List<String> headers = new ArrayList<>(checked.headers().stream().filter(h -> !h.isBlank()).toList());
            columnChoices.forEach((column, choice) -> {
                choice.setItems(headers);
                choice.setValue(checked.columns().get(column));
            });
        }
    }

    private void employerField() {
        employer.setId("statement-employer");
        employer.setLabel(getTranslation("facilitation.statement.employer"));
        employer.setHelperText(getTranslation("facilitation.statement.employer.help"));
        employer.setWidthFull();
        // the employers page from the database as the facilitator types; their names are kept for the labels
        Map<String, String> names = new HashMap<>();
        employer.setItemsPageable((page, text) -> statementImport.employers(text, page).stream().map(each -> {
            names.put(each.siret(), each.name());
            return each.siret();
        }).toList(), (page, text) -> statementImport.countEmployers(text));
        employer.setItemLabelGenerator(siret -> {
            String name = names.computeIfAbsent(siret, unknown -> statementImport.employerName(unknown).orElse(""));
            return name.isEmpty() ? siret : name + " (" + siret + ")";
        });
        employer.setAllowCustomValue(true);
        employer.addCustomValueSetListener(e -> employer.setValue(e.getDetail().replaceAll("[^0-9]", "")));
        employer.addValueChangeListener(e -> {
            if (!showing) {
                pending.employer = e.getValue();
                readAgain();
            }
        });
        addComponentAtIndex(1, employer);
    }

    private void columnsPanel() {
        columns.setPadding(false);
        columns.setVisible(false);
        FormLayout choices = new FormLayout();
        for (Column column : Column.values()) {
            Select<String> choice = new Select<>();
            choice.setId("statement-column-" + column.name().toLowerCase().replace('_', '-'));
            choice.setLabel(getTranslation("facilitation.statement.column." + column.name()));
            choice.setEmptySelectionAllowed(true);
            columnChoices.put(column, choice);
            choices.add(choice);
        }
        readAgain.setText(getTranslation("facilitation.statement.columns.apply"));
        readAgain.setId("statement-columns-apply");
        readAgain.addClickListener(e -> {
            Map<String, Column> mapping = new HashMap<>();
            columnChoices.forEach((column, choice) -> {
                if (choice.getValue() != null && !choice.getValue().isBlank()) {
                    mapping.put(choice.getValue(), column);
                }
            });
            pending.mapping = mapping;
            readAgain();
        });
        columns.add(new Paragraph(getTranslation("facilitation.statement.columns")), choices, readAgain,
                new Paragraph(getTranslation("facilitation.statement.columns.remembered")));
        addComponentAtIndex(4, columns);
    }

    private void readAgain() {
        if (pending.fileName != null && pending.content != null) {
            show(statementImport.preview(pending.fileName, pending.content, pending.employer, pending.mapping));
        }
    }

    @Override
    protected String summary(Preview checked) {
        return getTranslation("facilitation.statement.import.summary", checked.acceptedCount(),
                checked.count(Status.ALREADY_RECORDED), checked.rejected());
    }

    private String verdict(Verdict verdict) {
        return switch (verdict.status()) {
            case ACCEPTED -> verdict.contractWarning() == null ? getTranslation("facilitation.statement.accepted")
                    : getTranslation("facilitation.statement.accepted.warning", warning(verdict));
            case ALREADY_RECORDED -> getTranslation("facilitation.statement.already-recorded");
            case REJECTED -> getTranslation("facilitation.statement.rejected", getTranslation(verdict.reason()));
        };
    }

    private String warning(Verdict verdict) {
        StatementImport.ContractWarning warning = verdict.contractWarning();
        return getTranslation("facilitation.statement.warning.contract", warning.onLine(),
                getTranslation("facilitation.contract-type." + warning.onPlacement()));
    }
}
