package dk.reimbursementdesk.service.report;

import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.RowMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The reimbursement run report: the run's facts, one line per reimbursement as it is read, and the
 * totals per currency and in the accounting currency. Reversed reimbursements stay on the report
 * with their status: the report is what the run posted, and a reversal is a later voucher of its own.
 */
final class RunReport {

    /** The run as the report opens with it; {@code runBy} and {@code minimum} are null for runs before V15. */
    record Facts(long id, LocalDate postingDate, boolean summarize, String selection, LocalDateTime startedAt, String runBy,
                 BigDecimal minimum, int reimbursements, int oneTimeVendors, String company, String accountingCurrency,
                 int accountingDecimals) {

        static final RowMapper<Facts> MAPPER = row -> {
            int decimals = row.integer("accounting_decimals");
            return new Facts(row.number("id"), row.date("posting_date"), row.flag("summarize"), row.text("selection"),
                    row.dateTime("started_at"), row.text("run_by"), row.nullableMoney("minimum_reimbursement", decimals),
                    row.integer("reimbursement_count"), row.integer("one_time_vendors_created"), row.text("company_name"),
                    row.text("accounting_currency"), decimals);
        };
    }

    /** One currency's total: how many lines, their sum, and the sum in the accounting currency. */
    record Total(String currency, long lines, BigDecimal amount, BigDecimal amountAcc) {
    }

    private final PdfReport pdf;
    private final ReportText text;
    private final ReportFormats formats;
    private final Facts facts;
    private PdfTable lines;

    RunReport(PdfReport pdf, ReportFormats formats, Facts facts) {
        this.pdf = pdf;
        this.text = pdf.text();
        this.formats = formats;
        this.facts = facts;
    }

    static RowMapper<Total> totalMapper(int accountingDecimals) {
        return row -> new Total(row.text("currency"), row.number("lines"), row.money("amount", row.integer("decimals")),
                row.money("amount_acc", accountingDecimals));
    }

    /** The title and facts, then the lines' table with its headers. */
    void open() {
        pdf.title(text.text("report.run.title", String.valueOf(facts.id())));
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {text.text("report.company"), facts.company()});
        pairs.add(new String[] {text.text("report.run.id"), String.valueOf(facts.id())});
        pairs.add(new String[] {text.text("report.postingDate"), formats.date(facts.postingDate())});
        pairs.add(new String[] {text.text("report.run.postedAt"), formats.dateTime(facts.startedAt())});
        pairs.add(new String[] {text.text("report.run.by"), facts.runBy() == null ? text.text("report.notRecorded") : facts.runBy()});
        pairs.add(new String[] {text.text("report.selection"), facts.selection()});
        pairs.add(new String[] {text.text("report.summarize"), text.text(facts.summarize() ? "report.yes" : "report.no")});
        pairs.add(new String[] {text.text("report.minimum"), facts.minimum() == null ? text.text("report.notRecorded")
                : formats.money(facts.minimum(), facts.accountingCurrency())});
        pairs.add(new String[] {text.text("report.run.count"), formats.count(facts.reimbursements())});
        pairs.add(new String[] {text.text("report.run.oneTimeVendors"), formats.count(facts.oneTimeVendors())});
        pdf.facts(pairs);
        lines = pdf.table(List.of(
                PdfTable.Column.text(text.text("report.col.reimbursement"), 10),
                PdfTable.Column.text(text.text("report.col.customer"), 9),
                PdfTable.Column.text(text.text("report.col.customerName"), 18),
                PdfTable.Column.text(text.text("report.col.vendor"), 10),
                PdfTable.Column.text(text.text("report.col.currency"), 7),
                PdfTable.Column.amount(text.text("report.col.amount"), 10),
                PdfTable.Column.amount(text.text("report.col.amountAcc", facts.accountingCurrency()), 11),
                PdfTable.Column.text(text.text("report.col.voucher"), 9),
                PdfTable.Column.text(text.text("report.col.vendorInvoice"), 10),
                PdfTable.Column.text(text.text("report.col.status"), 7)));
    }

    /** Reads one reimbursement row straight into the table. */
    void line(Row row) {
        lines.row(row.text("number"), row.text("customer_account"), row.text("customer_name"), row.text("vendor_account"),
                row.text("currency"), formats.amount(row.money("amount", row.integer("decimals"))),
                formats.amount(row.money("amount_acc", facts.accountingDecimals())), row.text("voucher"),
                row.text("vendor_invoice"), text.text("report.status." + row.text("status")));
    }

    /** The totals per currency under the lines, and the grand total in the accounting currency. */
    void close(List<Total> totals) {
        BigDecimal acc = BigDecimal.ZERO.setScale(facts.accountingDecimals());
        long count = 0;
        for (Total total : totals) {
            lines.totalRow(text.text("report.totalCurrency", total.currency()), "", text.text("report.lines", formats.count(total.lines()),
                    total.lines()), "", total.currency(), formats.amount(total.amount()), formats.amount(total.amountAcc()), "", "", "");
            acc = acc.add(total.amountAcc());
            count += total.lines();
        }
        lines.totalRow(text.text("report.totalAcc", facts.accountingCurrency()), "", text.text("report.lines", formats.count(count), count),
                "", "", "", formats.amount(acc), "", "", "");
        lines.finish();
    }
}
