package fr.nanterre.platform.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** A button that downloads a file made when the user clicks, not when the screen opens. */
public class DownloadButton extends Anchor {

    /** @param labelKey the translation key of the button's text */
    public DownloadButton(String labelKey, String fileName, String contentType, SerializableSupplier<byte[]> content) {
        super(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "");
        Button button = new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(button);
    }
}
