package fr.nanterre.insertion.partners.ui;

import fr.nanterre.insertion.partners.structure.StructureImport;
import fr.nanterre.insertion.partners.structure.StructureImport.Preview;
import fr.nanterre.insertion.partners.structure.StructureImport.Verdict;
import fr.nanterre.platform.ui.ImportDialog;

/** Import of structures from a spreadsheet: a preview line by line, then all the valid lines at once, or none. */
class StructureImportDialog extends ImportDialog<Preview, Verdict> {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    StructureImportDialog(StructureImport structureImport, Runnable onImported) {
        super("partners.import.title", "partners.import.help", "partners.import", MAX_FILE_BYTES,
                structureImport::preview, structureImport::apply, onImported);
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
}
