package fr.nanterre.insertion.procurement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.nanterre.insertion.procurement.decp.DecpImport;
import fr.nanterre.insertion.procurement.decp.DecpImport.Preview;
import fr.nanterre.insertion.procurement.decp.DecpImport.Verdict;
import fr.nanterre.platform.ui.LocalizedUpload;

/** Import of a DECP open-data file: every marché is checked and shown, then all the valid ones go in, or none. */
class DecpImportDialog extends Dialog {

    static final int MAX_FILE_BYTES = 100 * 1024 * 1024;

    private final DecpImport decpImport;
    private final Runnable onImported;
    final LocalizedUpload upload;
    final Paragraph summary = new Paragraph();
    final Grid<Verdict> lines = new Grid<>();
    final Button importValid = new Button();
    private final ProgressBar progress = new ProgressBar();
    Preview preview;

    DecpImportDialog(DecpImport decpImport, Runnable onImported) {
        this.decpImport = decpImport;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("procurement.decp.import"));
        setWidth("64rem");
        UI ui = UI.getCurrent();
        upload = new LocalizedUpload(UploadHandler.inMemory((metadata, content) ->
                ui.access(() -> show(decpImport.preview(metadata.fileName(), content)))), MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".json");
        lines.addColumn(v -> v.position() + 1).setHeader(getTranslation("procurement.decp.position")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(v -> v.read().id()).setHeader(getTranslation("procurement.contract.reference"));
        lines.addColumn(v -> v.read().object()).setHeader(getTranslation("procurement.contract.object")).setFlexGrow(2);
        lines.addColumn(this::verdict).setHeader(getTranslation("procurement.decp.result")).setFlexGrow(2);
        lines.setHeight("18rem");
        lines.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importValid.setEnabled(false);
        importValid.addClickListener(e -> confirmImport());
        add(new Paragraph(getTranslation("procurement.decp.help")), upload, summary, progress, lines);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), importValid);
    }

    void show(Preview checked) {
        this.preview = checked;
        if (checked.fileError() != null) {
            summary.setText(getTranslation(checked.fileError()));
            lines.setVisible(false);
            importValid.setEnabled(false);
            return;
        }
        int accepted = checked.accepted().size();
        summary.setText(getTranslation("procurement.decp.summary", accepted, checked.rejected()));
        lines.setItems(checked.lines());
        lines.setVisible(true);
        importValid.setText(getTranslation("procurement.decp.apply", accepted));
        importValid.setEnabled(accepted > 0);
    }

    private String verdict(Verdict verdict) {
        if (verdict.accepted()) {
            return getTranslation(verdict.siretWarning() ? "procurement.decp.accepted-with-warning"
                    : "procurement.decp.accepted");
        }
        return getTranslation("procurement.decp.rejected", getTranslation(verdict.reason()))
                + (verdict.detail().isBlank() ? "" : " (" + verdict.detail() + ")");
    }

    private void confirmImport() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("procurement.decp.import"),
                getTranslation("procurement.decp.confirm", preview.accepted().size(), preview.rejected()),
                getTranslation("common.confirm"), e -> apply());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    void apply() {
        progress.setVisible(true);
        try {
            int imported = decpImport.apply(preview);
            Notification.show(getTranslation("procurement.decp.done", imported), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
            close();
        } catch (RuntimeException failed) {
            summary.setText(getTranslation("procurement.decp.failed"));
            importValid.setEnabled(false);
        } finally {
            progress.setVisible(false);
        }
    }
}
