package fr.nanterre.insertion.procurement.ui;

import fr.nanterre.insertion.procurement.decp.DecpImport.Preview;
import fr.nanterre.insertion.procurement.decp.DecpImport.Verdict;
import fr.nanterre.insertion.procurement.decp.DecpImport;
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

    @Override
    protected String summary(Preview checked) {
        return checked.skippedCount() == 0 ? super.summary(checked) : getTranslation("procurement.decp.summary-skipped",
                checked.acceptedCount(), checked.rejected(), checked.skippedCount());
    }

    private String verdict(Verdict verdict) {
        if (verdict.accepted()) {
            String accepted = getTranslation(verdict.updates() ? "procurement.decp.updates"
                    : verdict.siretWarning() ? "procurement.decp.accepted-with-warning" : "procurement.decp.accepted");
            return verdict.contract().awardeeToCheck() && !verdict.siretWarning()
                    ? accepted + " – " + getTranslation("procurement.contract.awardee-to-check") : accepted;
        }
        if (verdict.skipped()) {
            return getTranslation("procurement.decp.skipped", getTranslation(verdict.reason()));
        }
        return getTranslation("procurement.decp.rejected", getTranslation(verdict.reason()))
                + (verdict.detail().isBlank() ? "" : " (" + verdict.detail() + ")");
    }
}
