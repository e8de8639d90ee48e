package dk.reimbursementdesk.service.report;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * A table of a report that is written while it grows: the column headers repeat at the top of every
 * page, and every {@value #CHUNK} rows the finished rows go to the document, which writes out the
 * pages they fill and lets them go ({@link PdfPTable#setComplete(boolean)}). A run of a hundred
 * thousand lines therefore holds a few dozen rows at a time, not the table.
 */
final class PdfTable {

    /** A column: its header, its relative width, and whether it holds amounts (right-aligned). */
    record Column(String header, float width, boolean amount) {

        static Column text(String header, float width) {
            return new Column(header, width, false);
        }

        static Column amount(String header, float width) {
            return new Column(header, width, true);
        }
    }

    private static final int CHUNK = 100;

    private final PdfReport report;
    private final List<Column> columns;
    private final PdfPTable table;
    private int pending;

    PdfTable(PdfReport report, List<Column> columns) {
        this.report = report;
        this.columns = List.copyOf(columns);
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width();
        }
        table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        table.setSpacingAfter(8);
        for (Column column : columns) {
            table.addCell(PdfReport.cell(column.header(), PdfReport.BODY_BOLD, alignment(column), true));
        }
    }

    void row(String... cells) {
        add(cells, false);
    }

    /** A row in bold with a rule above it, for totals. */
    void totalRow(String... cells) {
        add(cells, true);
    }

    /** Writes the rest and ends the table. */
    void finish() {
        table.setComplete(true);
        report.add(table);
    }

    private void add(String[] cells, boolean total) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("A row has " + columns.size() + " cells, not " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
            var cell = PdfReport.cell(cells[i], total ? PdfReport.BODY_BOLD : PdfReport.BODY, alignment(columns.get(i)), false);
            if (total) {
                cell.setBorder(com.lowagie.text.Rectangle.TOP);
            }
            table.addCell(cell);
        }
        if (++pending == CHUNK) {
            report.add(table);
            pending = 0;
        }
    }

    private static int alignment(Column column) {
        return column.amount() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }
}
