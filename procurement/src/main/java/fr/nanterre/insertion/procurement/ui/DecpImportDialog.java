package fr.nanterre.insertion.procurement.ui;

import fr.nanterre.insertion.procurement.decp.DecpImport;
import fr.nanterre.insertion.procurement.decp.DecpImport.Preview;
import fr.nanterre.insertion.procurement.decp.DecpImport.Verdict;
import fr.nanterre.platform.ui.ImportDialog;

/** Import of a DECP open-data file: every marché is checked and shown, then all the valid ones go in, or none. */
class DecpImportDialog extends ImportDialog<Preview, Verdict> {

    static final int MAX_FILE_BYTES = DecpImport.MAX_FILE_BYTES;

    DecpImportDialog(DecpImport decpImport, Runnable onImported) {
        super("procurement.decp.import", "procurement.decp.help", "procurement.decp", MAX_FILE_BYTES,
                decpImport::preview, decpImport::apply, onImported);
        upload.setAcceptedFileTypes(".json");
        lines.addColumn(v -> v.position() + 1).setHeader(getTranslation("procurement.decp.position")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(v -> v.read().id()).setHeader(getTranslation("procurement.contract.reference"));
        lines.addColumn(v -> v.read().object()).setHeader(getTranslation("procurement.contract.object")).setFlexGrow(2);
        lines.addColumn(this::verdict).setHeader(getTranslation("procurement.decp.result")).setFlexGrow(2);
    }

    private String verdict(Verdict verdict) {
        if (verdict.accepted()) {
            return getTranslation(verdict.siretWarning() ? "procurement.decp.accepted-with-warning"
                    : "procurement.decp.accepted");
        }
        return getTranslation("procurement.decp.rejected", getTranslation(verdict.reason()))
                + (verdict.detail().isBlank() ? "" : " (" + verdict.detail() + ")");
    }
}
