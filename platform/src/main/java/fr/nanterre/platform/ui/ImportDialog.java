package fr.nanterre.platform.ui;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinService;
import fr.nanterre.platform.importing.ImportPreview;
import fr.nanterre.platform.spreadsheet.SpreadsheetReader;
import org.jspecify.annotations.Nullable;

/**
 * The import of a file in two steps: the uploaded file is checked and each line's verdict shown; then, after
 * confirmation, all the valid lines go in together, or nothing (the import runs in one transaction).
 * Its texts are the keys {@code <prefix>.summary}, {@code .apply}, {@code .confirm}, {@code .done} and
 * {@code .failed}; a subclass adds the grid's columns.
 * <p>
 * Checking and importing a large file take seconds, so both run in the background ({@link BackgroundWork}): a
 * progress bar shows (determinate when the work reports how far it is), the rest of the screen stays usable, and
 * the import button stays disabled until the work is over, so that a second click cannot start it twice. The
 * dialog may be closed meanwhile: a check's result is then dropped, an import's is still notified. The browser
 * learns of the outcome by server push when the application has it, otherwise by polling while the work runs.
 *
 * @param <P> the preview of a file
 * @param <V> the verdict on one of its lines
 */
public abstract class ImportDialog<P extends ImportPreview<V>, V> extends Dialog {

    /** Reads and checks a file, reporting its progress from 0 to 1 when it can. */
    @FunctionalInterface
    public interface Check<P> {
        P check(String fileName, byte[] content, DoubleConsumer progress);
    }

    /** Imports a preview's valid lines in one transaction, reporting its progress from 0 to 1 when it can. */
    @FunctionalInterface
    public interface Import<P> {
        int apply(P preview, DoubleConsumer progress);
    }

    /** How often the browser asks for news while work runs, when the application has no server push. */
    static final int POLL_MILLISECONDS = 500;
    /** Progress is sent to the browser by steps of at least this much, not at each line. */
    private static final double PROGRESS_STEP = 0.01;

    public final LocalizedUpload upload;
    public final Paragraph summary = new Paragraph();
    public final Grid<V> lines = new Grid<>();
    public final Button importValid = new Button();
    public final ProgressBar progress = new ProgressBar();
    /** How a CSV file's text is decoded: detected, and changed by the user when accents come out wrong. */
    public final Select<Charset> encoding = new Select<>();
    private final String messages;
    private final Check<P> checker;
    private @Nullable String fileName;
    private byte @Nullable [] content;
    private @Nullable Charset detected;
    private final Import<P> importer;
    private final Runnable onImported;
    private final UI ui;
    private final int maxBytes;
    private @Nullable BackgroundWork background;
    private @Nullable P preview;
    private boolean working;
    private int pollIntervalBefore = -1;

    /**
     * @param titleKey and {@code helpKey}: translation keys of the dialog's title and of the file's description
     * @param check    reads and checks a file: (file name, content) → preview
     * @param importer imports a preview's valid lines in one transaction; returns how many
     */
    protected ImportDialog(String titleKey, String helpKey, String messages, int maxBytes,
                           BiFunction<String, byte[], P> check, ToIntFunction<P> importer, Runnable onImported) {
        this(titleKey, helpKey, messages, maxBytes, (fileName, content, progress) -> check.apply(fileName, content),
                (Import<P>) (preview, progress) -> importer.applyAsInt(preview), onImported);
    }

    /** Like the other constructor, for a check and an import that report their progress. */
    protected ImportDialog(String titleKey, String helpKey, String messages, int maxBytes,
                           Check<P> check, Import<P> importer, Runnable onImported) {
        this.messages = messages;
        this.checker = check;
        this.importer = importer;
        this.onImported = onImported;
        this.ui = UI.getCurrent();
        setHeaderTitle(getTranslation(titleKey));
        setWidth("62rem");
        // the upload's request does not hold the UI's lock: the check is started from within it
        this.maxBytes = maxBytes;
        upload = new LocalizedUpload(new BoundedUpload(maxBytes,
                (name, content) -> ui.access(() -> receive(name, content)),
                () -> ui.access(this::refuseTooBig)), maxBytes);
        encoding.setLabel(getTranslation("common.encoding"));
        encoding.setHelperText(getTranslation("common.encoding.help"));
        encoding.setItems(StandardCharsets.UTF_8, SpreadsheetReader.WINDOWS_1252);
        encoding.setItemLabelGenerator(charset -> getTranslation(charset.equals(detected)
                ? "common.encoding.detected" : "common.encoding.chosen", charset.displayName()));
        encoding.setVisible(false);
        encoding.setWidth("20rem");
        encoding.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                recheck(e.getValue());
            }
        });
        lines.setHeight("18rem");
        lines.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // labelled from the start, so that a refused file never leaves an empty button
        importValid.setText(getTranslation(messages + ".apply", 0));
        importValid.setEnabled(false);
        importValid.addClickListener(e -> confirmImport());
        add(new Paragraph(getTranslation(helpKey)), upload, encoding, summary, progress, lines);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), importValid);
    }

    /**
     * A file arrived: a CSV file's encoding is detected and offered for a change, then the file is checked. The
     * upload calls it; tests may too.
     */
    public void receive(String name, byte[] bytes) {
        if (bytes.length > maxBytes) {
            refuseTooBig();
            return;
        }
        this.fileName = name;
        this.content = bytes;
        boolean text = SpreadsheetReader.kind(bytes) == SpreadsheetReader.Kind.TEXT;
        this.detected = text ? SpreadsheetReader.encoding(bytes) : null;
        encoding.setVisible(text);
        if (text) {
            encoding.setItems(StandardCharsets.UTF_8, SpreadsheetReader.WINDOWS_1252);
            encoding.setValue(detected);
        }
        check(progress -> checker.check(name, bytes, progress));
    }

    /** Checked on the server, whatever the browser let through: nothing is read, nothing can be imported. */
    private void refuseTooBig() {
        fileName = null;
        content = null;
        preview = null;
        encoding.setVisible(false);
        lines.setVisible(false);
        summary.setText(getTranslation("common.upload.too-big", maxBytes / (1024 * 1024)));
        importValid.setText(getTranslation(messages + ".apply", 0));
        importValid.setEnabled(false);
    }

    /** The file again, decoded as the user says: given to the check as UTF-8 with its byte order mark. */
    private void recheck(Charset chosen) {
        if (fileName == null || content == null) {
            return;
        }
        String name = fileName;
        byte[] bytes = chosen.equals(detected) ? content : withByteOrderMark(new String(content, chosen));
        check(progress -> checker.check(name, bytes, progress));
    }

    private static byte[] withByteOrderMark(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
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
        importValid.setEnabled(accepted > 0 && !working);
    }

    /** What the preview found, above its lines: by default {@code <prefix>.summary} with the valid and rejected counts. */
    protected String summary(P checked) {
        return getTranslation(messages + ".summary", checked.acceptedCount(), checked.rejected());
    }

    public @Nullable P preview() {
        return preview;
    }

    /** Whether a check or an import is running. */
    public boolean isWorking() {
        return working;
    }

    /**
     * Where the long work runs: the application's {@link BackgroundWork} bean, or, outside a Spring application,
     * virtual threads carrying the caller's security context. A subclass or a test may return another.
     */
    protected BackgroundWork background() {
        if (background == null) {
            background = lookUpBackground();
        }
        return background;
    }

    private static BackgroundWork lookUpBackground() {
        VaadinService service = VaadinService.getCurrent();
        try {
            if (service != null) {
                return service.getInstantiator().getOrCreate(BackgroundWork.class);
            }
        } catch (RuntimeException noBean) {
            // fall back to the default below
        }
        return BackgroundWork.onVirtualThreads(
                org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy());
    }

    private void check(Function<DoubleConsumer, P> check) {
        if (working) {
            return;
        }
        summary.setText("");
        lines.setVisible(false);
        importValid.setEnabled(false);
        inBackground(check, checked -> {
            if (isOpened()) {
                show(checked);
            }
        }, failed -> summary.setText(getTranslation("common.file.unreadable")));
    }

    private void confirmImport() {
        if (working || preview == null) {
            return;
        }
        P confirmed = preview;
        ConfirmDialog confirm = new ConfirmDialog(getHeaderTitle(), getTranslation(messages + ".confirm",
                confirmed.acceptedCount(), confirmed.rejected()), getTranslation("common.confirm"),
                e -> apply(confirmed));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void apply(P confirmed) {
        if (working) {
            return;
        }
        inBackground(progress -> importer.apply(confirmed, progress), imported -> {
            Notices.done(messages + ".done", imported);
            onImported.run();
            close();
        }, failed -> {
            if (isOpened()) {
                summary.setText(getTranslation(messages + ".failed"));
            } else {
                Notices.refused(messages + ".failed");
            }
            importValid.setEnabled(false);
        });
    }

    /**
     * Runs {@code work} in the background, the dialog busy meanwhile, then {@code done} or {@code failed} with the
     * UI's lock. Called with the UI's lock.
     */
    private <T> void inBackground(Function<DoubleConsumer, T> work, Consumer<T> done,
                                  Consumer<RuntimeException> failed) {
        working = true;
        importValid.setEnabled(false);
        upload.setEnabled(false);
        progress.setIndeterminate(true);
        progress.setValue(0);
        progress.setVisible(true);
        BackgroundWork background = background();
        if (!background.isSynchronous() && !ui.getPushConfiguration().getPushMode().isEnabled()) {
            pollIntervalBefore = ui.getPollInterval();
            ui.setPollInterval(POLL_MILLISECONDS);
        }
        background.execute(() -> {
            T result;
            try {
                result = work.apply(new Progress());
            } catch (RuntimeException e) {
                inUi(() -> {
                    idle();
                    failed.accept(e);
                });
                return;
            }
            inUi(() -> {
                idle();
                done.accept(result);
            });
        });
    }

    private void idle() {
        working = false;
        progress.setVisible(false);
        upload.setEnabled(true);
        if (ui.getPollInterval() == POLL_MILLISECONDS) {
            ui.setPollInterval(pollIntervalBefore);
        }
    }

    /** Runs a command with the UI's lock: right away when this thread holds it (synchronous work), else queued. */
    private void inUi(Command command) {
        if (ui.getSession() != null && ui.getSession().hasLock()) {
            command.execute();
            return;
        }
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the user left: nothing to show the outcome on
        }
    }

    /** The work's progress, sent to the browser by steps; the bar turns determinate at the first report. */
    private final class Progress implements DoubleConsumer {

        private double sent = -1;

        @Override
        public void accept(double done) {
            double value = Math.clamp(done, 0, 1);
            if (value - sent < PROGRESS_STEP && value < 1) {
                return;
            }
            sent = value;
            inUi(() -> {
                if (working) {
                    progress.setIndeterminate(false);
                    progress.setValue(value);
                }
            });
        }
    }
}
