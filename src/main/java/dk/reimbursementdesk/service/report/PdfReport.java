package dk.reimbursementdesk.service.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One PDF report being written: A4 pages with the report's running head (company and title) and
 * foot ("Page 2 of 9", when and by whom it was printed) on every page. Content is added in pieces
 * and OpenPDF writes each page to the stream as it fills, so a long report never sits whole in
 * memory; the total page count is only known at the end, so each foot draws it from one shared
 * template filled in when the document closes.
 *
 * <p>The fonts are the PDF standard Helvetica in WinAnsi encoding: every reader has them, the
 * file stays small, and æ, ø and å are in the encoding.
 */
final class PdfReport implements AutoCloseable {

    static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);
    static final Font BODY = new Font(REGULAR, 9);
    static final Font BODY_BOLD = new Font(BOLD, 9);
    static final Font TITLE = new Font(BOLD, 14);

    private final Document document;
    private final ReportText text;

    /** Opens the document on {@code out}; {@code printedBy} is the foot's left text ("Printed … by …"). */
    PdfReport(OutputStream out, ReportText text, boolean landscape, String runningHead, String printedBy) {
        this.text = text;
        Rectangle size = landscape ? PageSize.A4.rotate() : PageSize.A4;
        this.document = new Document(size, 36, 36, 54, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new HeadAndFoot(runningHead, printedBy, text.text("report.page")));
        document.addTitle(runningHead);
        document.addCreator("Reimbursement Desk");
        document.open();
    }

    ReportText text() {
        return text;
    }

    void title(String title) {
        line(title, TITLE, 2, 6);
    }

    void paragraph(String sentence) {
        line(sentence, BODY, 0, 4);
    }

    void heading(String heading) {
        line(heading, BODY_BOLD, 8, 4);
    }

    /**
     * Text outside the tables is a one-cell table too: a paragraph set straight on the page came
     * back from text extraction with its first letter split off ("T rial balance"), a cell does not.
     */
    private void line(String content, Font font, float before, float after) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(cell(content, font, Element.ALIGN_LEFT, false));
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        add(table);
    }

    /** Label and value pairs, two columns, no lines: the facts a report opens with. */
    void facts(List<String[]> pairs) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (String[] pair : pairs) {
            table.addCell(cell(pair[0], BODY_BOLD, Element.ALIGN_LEFT, false));
            table.addCell(cell(pair[1], BODY, Element.ALIGN_LEFT, false));
        }
        table.setSpacingAfter(8);
        add(table);
    }

    void newPage() {
        document.newPage();
    }

    /** A table whose rows are written as they come; see {@link PdfTable}. */
    PdfTable table(List<PdfTable.Column> columns) {
        return new PdfTable(this, columns);
    }

    void add(Element element) {
        document.add(element);
    }

    static PdfPCell cell(String content, Font font, int alignment, boolean ruled) {
        PdfPCell cell = new PdfPCell(new Paragraph(content == null ? "" : content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(1.5f);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(5);
        cell.setPaddingBottom(2.5f);
        return cell;
    }

    @Override
    public void close() {
        document.close();
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The running head and foot of every page. "Page {0} of {1}": the page number is drawn at once,
     * the total into a template every page shares, written once the last page is known.
     */
    private static final class HeadAndFoot extends PdfPageEventHelper {

        private static final float SIZE = 8;
        private final String runningHead;
        private final String printedBy;
        private final String pagePattern;
        private PdfTemplate total;

        HeadAndFoot(String runningHead, String printedBy, String pagePattern) {
            this.runningHead = runningHead;
            this.printedBy = printedBy;
            this.pagePattern = pagePattern;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, SIZE + 4);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            float top = page.getHeight() - 30;
            float foot = 24;
            canvas.beginText();
            canvas.setFontAndSize(REGULAR, SIZE);
            canvas.showTextAligned(Element.ALIGN_LEFT, runningHead, left, top, 0);
            canvas.showTextAligned(Element.ALIGN_LEFT, printedBy, left, foot, 0);
            // The pattern's words around the total ("Page 2 of " and "" in English, "Side 2 af " in Danish).
            int at = pagePattern.indexOf("{1}");
            String before = pagePattern.substring(0, at).replace("{0}", String.valueOf(writer.getPageNumber()));
            String after = pagePattern.substring(at + 3);
            float totalWidth = REGULAR.getWidthPoint("00000", SIZE);
            float start = right - REGULAR.getWidthPoint(before, SIZE) - totalWidth - REGULAR.getWidthPoint(after, SIZE);
            canvas.showTextAligned(Element.ALIGN_LEFT, before, start, foot, 0);
            float totalAt = start + REGULAR.getWidthPoint(before, SIZE);
            canvas.showTextAligned(Element.ALIGN_LEFT, after, totalAt + totalWidth, foot, 0);
            canvas.endText();
            canvas.addTemplate(total, totalAt, foot);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, top - 4);
            canvas.lineTo(right, top - 4);
            canvas.stroke();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(REGULAR, SIZE);
            total.setTextMatrix(0, 0);
            // The page count after the last page ended: the writer's number has already moved on by one.
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
