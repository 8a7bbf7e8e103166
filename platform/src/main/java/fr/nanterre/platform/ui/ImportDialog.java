package fr.nanterre.platform.ui;

import java.util.List;
import java.util.function.BiFunction;

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
import org.jspecify.annotations.Nullable;

/**
 * The import of a file in two steps: the uploaded file is checked and each line's verdict shown; then, after
 * confirmation, all the valid lines go in together, or nothing (a subclass's {@link #apply} runs in one
 * transaction).
 *
 * @param <P> the preview of a file
 * @param <V> the verdict on one of its lines
 */
public abstract class ImportDialog<P, V> extends Dialog {

    public final LocalizedUpload upload;
    public final Paragraph summary = new Paragraph();
    public final Grid<V> lines = new Grid<>();
    public final Button importValid = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Runnable onImported;
    private @Nullable P preview;

    /** @param titleKey and {@code helpKey}: translation keys of the dialog's title and of the file's description */
    protected ImportDialog(String titleKey, String helpKey, int maxBytes, BiFunction<String, byte[], P> check,
                           Runnable onImported) {
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
        importValid.setEnabled(false);
        importValid.addClickListener(e -> confirmImport());
        add(new Paragraph(getTranslation(helpKey)), upload, summary, progress, lines);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), importValid);
    }

    /** The key of the message saying why the whole file is refused, or null. */
    protected abstract @Nullable String fileError(P checked);

    protected abstract List<V> verdicts(P checked);

    protected abstract long accepted(P checked);

    protected abstract long rejected(P checked);

    /** The summary above the lines, the button's text, the question before importing. */
    protected abstract String summary(long accepted, long rejected);

    protected abstract String applyLabel(long accepted);

    protected abstract String confirmation(long accepted, long rejected);

    /** Imports the valid lines in one transaction; returns the notification to show. */
    protected abstract String apply(P checked);

    protected abstract String failure();

    public void show(P checked) {
        this.preview = checked;
        String error = fileError(checked);
        if (error != null) {
            summary.setText(getTranslation(error));
            lines.setVisible(false);
            importValid.setEnabled(false);
            return;
        }
        long accepted = accepted(checked);
        summary.setText(summary(accepted, rejected(checked)));
        lines.setItems(verdicts(checked));
        lines.setVisible(true);
        importValid.setText(applyLabel(accepted));
        importValid.setEnabled(accepted > 0);
    }

    public @Nullable P preview() {
        return preview;
    }

    private void confirmImport() {
        ConfirmDialog confirm = new ConfirmDialog(getHeaderTitle(),
                confirmation(accepted(preview), rejected(preview)), getTranslation("common.confirm"), e -> apply());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void apply() {
        progress.setVisible(true);
        try {
            String done = apply(preview);
            Notification.show(done, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
            close();
        } catch (RuntimeException failed) {
            summary.setText(failure());
            importValid.setEnabled(false);
        } finally {
            progress.setVisible(false);
        }
    }
}
