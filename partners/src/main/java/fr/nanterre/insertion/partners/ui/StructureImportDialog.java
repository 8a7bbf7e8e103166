package fr.nanterre.insertion.partners.ui;

import java.util.List;

import fr.nanterre.insertion.partners.structure.StructureImport;
import fr.nanterre.insertion.partners.structure.StructureImport.Preview;
import fr.nanterre.insertion.partners.structure.StructureImport.Verdict;
import fr.nanterre.platform.ui.ImportDialog;
import org.jspecify.annotations.Nullable;

/** Import of structures from a spreadsheet: a preview line by line, then all the valid lines at once, or none. */
class StructureImportDialog extends ImportDialog<Preview, Verdict> {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final StructureImport structureImport;

    StructureImportDialog(StructureImport structureImport, Runnable onImported) {
        super("partners.import.title", "partners.import.help", MAX_FILE_BYTES,
                structureImport::preview, onImported);
        this.structureImport = structureImport;
        lines.addColumn(Verdict::line).setHeader(getTranslation("partners.import.line")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        lines.addColumn(Verdict::detail).setHeader(getTranslation("partners.import.read")).setFlexGrow(2);
        lines.addColumn(this::status).setHeader(getTranslation("partners.import.status")).setFlexGrow(3)
                .setSortable(true);
    }

    private String status(Verdict verdict) {
        if (!verdict.accepted()) {
            return getTranslation("partners.import.rejected") + " : " + getTranslation(verdict.reason())
                    + (verdict.detail().isBlank() ? "" : " (" + verdict.detail() + ")");
        }
        return getTranslation(verdict.siretWarning() ? "partners.import.accepted-with-warning"
                : "partners.import.accepted");
    }

    @Override
    protected @Nullable String fileError(Preview checked) {
        return checked.fileError();
    }

    @Override
    protected List<Verdict> verdicts(Preview checked) {
        return checked.lines();
    }

    @Override
    protected long accepted(Preview checked) {
        return checked.acceptedDetails().size();
    }

    @Override
    protected long rejected(Preview checked) {
        return checked.rejected();
    }

    @Override
    protected String summary(long accepted, long rejected) {
        return getTranslation("partners.import.summary", accepted, rejected);
    }

    @Override
    protected String applyLabel(long accepted) {
        return getTranslation("partners.import.apply", accepted);
    }

    @Override
    protected String confirmation(long accepted, long rejected) {
        return getTranslation("partners.import.confirm", accepted, rejected);
    }

    @Override
    protected String apply(Preview checked) {
        return getTranslation("partners.import.done", structureImport.apply(checked));
    }

    @Override
    protected String failure() {
        return getTranslation("partners.import.failed");
    }
}
