package fr.nanterre.insertion.facilitation.ui.portal;

import java.time.format.DateTimeFormatter;

import fr.nanterre.insertion.facilitation.ledger.Statement;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Preview;
import fr.nanterre.insertion.facilitation.ledger.StatementImport.Verdict;
import fr.nanterre.insertion.facilitation.portal.CompanyPortal;
import fr.nanterre.platform.text.Format;
import fr.nanterre.platform.ui.ImportDialog;

/** A company's own statement file, for one of its SIRETs: the MEF's import, its preview line by line. */
class PortalUploadDialog extends ImportDialog<Preview, Verdict> {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    PortalUploadDialog(CompanyPortal portal, String siret, Runnable onImported) {
        super("facilitation.portal.hours.upload", "facilitation.statement.help", "facilitation.statement.import",
                MAX_FILE_BYTES, (fileName, content, progress) -> portal.previewFile(siret, fileName, content),
                (preview, progress) -> {
                    Statement received = portal.sendFile(preview);
                    progress.accept(1);
                    return received == null ? 0 : received.lines();
                }, onImported);
        setWidth("min(62rem, 100vw)");
        upload.setId("portal-upload");
        importValid.setId("portal-import");
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
        lines.addColumn(Verdict::line).setHeader(getTranslation("facilitation.statement.line")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(Verdict::reference).setHeader(getTranslation("facilitation.statement.reference"));
        lines.addColumn(v -> v.month() == null ? "" : v.month().format(month))
                .setHeader(getTranslation("facilitation.statement.month"));
        lines.addColumn(v -> Format.number(v.hours(), getLocale()))
                .setHeader(getTranslation("facilitation.statement.hours"));
        lines.addColumn(v -> switch (v.status()) {
            case ACCEPTED -> getTranslation("facilitation.statement.accepted");
            case ALREADY_RECORDED -> getTranslation("facilitation.statement.already-recorded");
            case REJECTED -> getTranslation("facilitation.statement.rejected", getTranslation(v.reason()));
        }).setHeader(getTranslation("facilitation.statement.result")).setFlexGrow(3);
    }
}
