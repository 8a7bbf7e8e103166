package fr.nanterre.platform.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.function.SerializableSupplier;
import fr.nanterre.platform.report.ReportTable;
import fr.nanterre.platform.spreadsheet.XlsxExport;

/**
 * "Exporter (XLSX)": downloads what a list shows, with its filters, as a spreadsheet, or a report's tables, one
 * sheet each. The rows are read when the user clicks, not when the screen opens.
 */
public class ExportButton extends DownloadButton {

    public ExportButton(String fileName, String sheetName, List<String> headers,
                        SerializableSupplier<Stream<? extends List<?>>> rows) {
        super("common.export-xlsx", fileName, XlsxExport.CONTENT_TYPE,
                () -> XlsxExport.write(sheetName, headers, rows.get()));
    }

    public ExportButton(String fileName, SerializableSupplier<List<ReportTable>> tables) {
        super("common.export-xlsx", fileName, XlsxExport.CONTENT_TYPE, () -> XlsxExport.write(tables.get()));
    }
}
