package fr.nanterre.platform.ui;

import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.nanterre.platform.importing.ImportPreview;
import org.jspecify.annotations.Nullable;

/**
 * The import of a file in two steps: the uploaded file is checked and each line's verdict shown; then, after
 * confirmation, all the valid lines go in together, or nothing (the import runs in one transaction).
 * Its texts are the keys {@code <prefix>.summary}, {@code .apply}, {@code .confirm}, {@code .done} and
 * {@code .failed}; a subclass adds the grid's columns.
 *
 * @param <P> the preview of a file
 * @param <V> the verdict on one of its lines
 */
public abstract class ImportDialog<P extends ImportPreview<V>, V> extends Dialog {

    public final LocalizedUpload upload;
    public final Paragraph summary = new Paragraph();
    public final Grid<V> lines = new Grid<>();
    public final Button importValid = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final String messages;
    private final ToIntFunction<P> importer;
    private final Runnable onImported;
    private @Nullable P preview;

    /**
     * @param titleKey and {@code helpKey}: translation keys of the dialog's title and of the file's description
     * @param check    reads and checks a file: (file name, content) → preview
     * @param importer imports a preview's valid lines in one transaction; returns how many
     */
    protected ImportDialog(String titleKey, String helpKey, String messages, int maxBytes,
                           BiFunction<String, byte[], P> check, ToIntFunction<P> importer, Runnable onImported) {
        this.messages = messages;
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle(getTranslation(titleKey));
        setWidth("62rem");
        UI ui = UI.getCurrent();
        upload = new LocalizedUpload(UploadHandler.inMemory((metadata, content) ->
                ui.access(() -> show(check.apply(metadata.fileName(), content)))), maxBytes);
        lines.setHeight("18rem");
        lines.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // labelled from the start, so that a refused file never leaves an empty button
        importValid.setText(getTranslation(messages + ".apply", 0));
        importValid.setEnabled(false);
        importValid.addClickListener(e -> confirmImport());
        add(new Paragraph(getTranslation(helpKey)), upload, summary, progress, lines);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), importValid);
    }

    public void show(P checked) {
        this.preview = checked;
        if (checked.fileError() != null) {
            summary.setText(getTranslation(checked.fileError()));
            lines.setVisible(false);
            importValid.setText(getTranslation(messages + ".apply", 0));
            importValid.setEnabled(false);
            return;
        }
        long accepted = checked.acceptedCount();
        summary.setText(summary(checked));
        lines.setItems(checked.lines());
        lines.setVisible(true);
        importValid.setText(getTranslation(messages + ".apply", accepted));
        importValid.setEnabled(accepted > 0);
    }

    /** What the preview found, above its lines: by default {@code <prefix>.summary} with the valid and rejected counts. */
    protected String summary(P checked) {
        return getTranslation(messages + ".summary", checked.acceptedCount(), checked.rejected());
    }

    public @Nullable P preview() {
        return preview;
    }

    private void confirmImport() {
        ConfirmDialog confirm = new ConfirmDialog(getHeaderTitle(), getTranslation(messages + ".confirm",
                preview.acceptedCount(), preview.rejected()), getTranslation("common.confirm"), e -> apply());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void apply() {
        progress.setVisible(true);
        try {
            int imported = importer.applyAsInt(preview);
            Notices.done(messages + ".done", imported);
            onImported.run();
            close();
        } catch (RuntimeException failed) {
            summary.setText(getTranslation(messages + ".failed"));
            importValid.setEnabled(false);
        } finally {
            progress.setVisible(false);
        }
    }
}
