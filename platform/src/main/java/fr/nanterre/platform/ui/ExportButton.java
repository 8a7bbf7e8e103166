package fr.nanterre.platform.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.nanterre.platform.spreadsheet.XlsxExport;

/**
 * "Exporter (XLSX)": downloads what a list shows, with its filters, as a spreadsheet. The rows are read when
 * the user clicks, not when the screen opens.
 */
public class ExportButton extends Anchor {

    public ExportButton(String fileName, String sheetName, List<String> headers,
                        SerializableSupplier<Stream<? extends List<?>>> rows) {
        super(DownloadHandler.fromInputStream(download -> {
            byte[] content = XlsxExport.write(sheetName, headers, rows.get());
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, XlsxExport.CONTENT_TYPE,
                    content.length);
        }), "");
        Button button = new Button(getTranslation("common.export-xlsx"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(button);
    }
}
