package fr.nanterre.platform.ui;

import java.util.List;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/** The upload of one spreadsheet (CSV or XLSX), with its texts in the user's language. */
public class LocalizedUpload extends Upload {

    public LocalizedUpload(UploadHandler handler, int maxBytes) {
        super(handler);
        setAcceptedFileTypes(".csv", ".xlsx");
        setMaxFileSize(maxBytes);
        setMaxFiles(1);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("common.upload.button")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("common.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("common.upload.too-big", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("common.upload.type"))
                .setTooManyFiles(getTranslation("common.upload.one-file")));
        String failed = getTranslation("common.upload.failed");
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("common.upload.sending"))
                        .setProcessing(getTranslation("common.upload.checking")).setHeld("").setStalled(""))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                        .setUnexpectedServerError(failed).setForbidden(failed)));
        texts.setUnits(new UploadI18N.Units(List.of("o", "ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        setI18n(texts);
    }
}
