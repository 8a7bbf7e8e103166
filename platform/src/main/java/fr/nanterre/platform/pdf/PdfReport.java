package fr.nanterre.platform.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.nanterre.platform.report.ReportTable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a report as an A4 PDF (OpenPDF): a title, lines of text, and tables whose numbers and dates are written
 * the reader's way. The standard Helvetica font covers French (accents, €, –) without embedding a font file.
 */
public final class PdfReport {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font HEADER = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEC, 0xF2);
    private static final float MARGIN = 50;

    private final Locale locale;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);

    public PdfReport(String title, Locale locale) {
        this.locale = locale;
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.setDocumentLanguage(locale.toLanguageTag());
        document.addCreationDate();
        document.open();
        add(title, TITLE, 0, 12);
    }

    public PdfReport text(String text) {
        add(text, TEXT, 0, 4);
        return this;
    }

    /** The table under its title; columns of numbers are aligned right, and the header row repeats on each page. */
    public PdfReport table(ReportTable table) {
        add(table.title(), HEADING, 14, 6);
        int columns = table.headers().size();
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSpacingAfter(10);
        float[] widths = new float[columns];
        Arrays.fill(widths, 1);
        widths[0] = columns > 1 ? 2.5f : 1;
        pdf.setWidths(widths);
        boolean[] numeric = new boolean[columns];
        for (int i = 0; i < columns; i++) {
            numeric[i] = table.isNumeric(i);
            PdfPCell header = cell(table.headers().get(i), HEADER, numeric[i]);
            header.setBackgroundColor(HEADER_BACKGROUND);
            pdf.addCell(header);
        }
        for (List<?> row : table.rows()) {
            for (int i = 0; i < columns; i++) {
                pdf.addCell(cell(ReportTable.text(i < row.size() ? row.get(i) : null, locale), TEXT, numeric[i]));
            }
        }
        document.add(pdf);
        return this;
    }

    /**
     * A picture (a chart drawn at twice its size for a sharp print) under its title, scaled to the page's width; the
     * title and the picture stay on the same page.
     */
    public PdfReport image(String title, java.awt.image.BufferedImage picture) {
        try {
            Image image = Image.getInstance(picture, null);
            float width = document.getPageSize().getWidth() - 2 * MARGIN;
            image.scaleToFit(width, width * picture.getHeight() / picture.getWidth());
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            block.setSpacingBefore(14);
            block.setSpacingAfter(10);
            PdfPCell heading = new PdfPCell(new Phrase(printable(title), HEADING));
            heading.setBorder(PdfPCell.NO_BORDER);
            heading.setPaddingBottom(6);
            block.addCell(heading);
            PdfPCell drawing = new PdfPCell(image, false);
            drawing.setBorder(PdfPCell.NO_BORDER);
            block.addCell(drawing);
            document.add(block);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The picture could not be added to the PDF", e);
        }
        return this;
    }

    /** Starts a new page (before a report's next part). */
    public PdfReport newPage() {
        document.newPage();
        return this;
    }

    public byte[] toBytes() {
        document.close();
        return out.toByteArray();
    }

    private void add(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(printable(text), font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    private static PdfPCell cell(String text, Font font, boolean alignRight) {
        PdfPCell cell = new PdfPCell(new Phrase(printable(text), font));
        cell.setHorizontalAlignment(alignRight ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(5);
        return cell;
    }

    /** French numbers group digits with a narrow no-break space, which the standard fonts lack: a no-break space. */
    private static String printable(String text) {
        return text.replace('\u202F', '\u00A0');
    }
}
