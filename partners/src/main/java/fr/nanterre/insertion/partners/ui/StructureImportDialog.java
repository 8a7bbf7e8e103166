package fr.nanterre.insertion.partners.ui;

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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.nanterre.insertion.partners.structure.StructureImport;
import fr.nanterre.insertion.partners.structure.StructureImport.Preview;
import fr.nanterre.insertion.partners.structure.StructureImport.Verdict;
import fr.nanterre.platform.ui.LocalizedUpload;

/**
 * Import of structures from a spreadsheet: the file is checked line by line and shown as a preview; the user
 * then imports all the valid lines at once, or nothing.
 */
class StructureImportDialog extends Dialog {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final StructureImport structureImport;
    private final Runnable onImported;
    final Upload upload;
    final Grid<Verdict> lines = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button importValid = new Button();
    private final ProgressBar progress = new ProgressBar();
    Preview preview;

    StructureImportDialog(StructureImport structureImport, Runnable onImported) {
        this.structureImport = structureImport;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("partners.import.title"));
        setWidth("60rem");

        UI ui = UI.getCurrent();
        upload = new LocalizedUpload(UploadHandler.inMemory((metadata, content) ->
                ui.access(() -> show(structureImport.preview(metadata.fileName(), content)))), MAX_FILE_BYTES);

        lines.addColumn(Verdict::line).setHeader(getTranslation("partners.import.line")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        lines.addColumn(Verdict::detail).setHeader(getTranslation("partners.import.read")).setFlexGrow(2);
        lines.addColumn(this::status).setHeader(getTranslation("partners.import.status")).setFlexGrow(3)
                .setSortable(true);
        lines.setHeight("18rem");
        lines.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);

        importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importValid.setEnabled(false);
        importValid.addClickListener(e -> confirmImport());
        add(new Paragraph(getTranslation("partners.import.help")), upload, summary, progress, lines);
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
        int accepted = checked.acceptedDetails().size();
        summary.setText(getTranslation("partners.import.summary", accepted, checked.rejected()));
        lines.setItems(checked.lines());
        lines.setVisible(true);
        importValid.setText(getTranslation("partners.import.apply", accepted));
        importValid.setEnabled(accepted > 0);
    }

    private String status(Verdict verdict) {
        if (!verdict.accepted()) {
            return getTranslation("partners.import.rejected") + " : " + getTranslation(verdict.reason())
                    + (verdict.detail().isBlank() ? "" : " (" + verdict.detail() + ")");
        }
        return getTranslation(verdict.siretWarning() ? "partners.import.accepted-with-warning"
                : "partners.import.accepted");
    }

    private void confirmImport() {
        int accepted = preview.acceptedDetails().size();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("partners.import.title"),
                getTranslation("partners.import.confirm", accepted, preview.rejected()),
                getTranslation("common.confirm"), e -> apply());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    void apply() {
        progress.setVisible(true);
        try {
            int imported = structureImport.apply(preview);
            Notification.show(getTranslation("partners.import.done", imported), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
            close();
        } catch (RuntimeException failed) {
            summary.setText(getTranslation("partners.import.failed"));
            importValid.setEnabled(false);
        } finally {
            progress.setVisible(false);
        }
    }
}
