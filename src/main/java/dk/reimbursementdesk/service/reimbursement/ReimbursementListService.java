package dk.reimbursementdesk.service.reimbursement;

import static dk.reimbursementdesk.service.interchange.SpreadsheetText.cell;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.reimbursement.ReimbursementListQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The Reimbursement list page: reimbursements filtered, sorted and paged in SQL, so the first page
 * of a hundred thousand rows is one indexed query, and the same rows as CSV.
 */
public final class ReimbursementListService {

    public record Filter(LocalDate from, LocalDate to, String customer /* account or name fragment, case-insensitive; null = any */,
                         ReimbursementStatus status /* null = any */) {
        public static Filter any() {
            return new Filter(null, null, null, null);
        }
    }

    public enum SortColumn {
        NUMBER(ReimbursementListQueries.Sort.NUMBER), POSTING_DATE(ReimbursementListQueries.Sort.POSTING_DATE),
        CUSTOMER(ReimbursementListQueries.Sort.CUSTOMER), VENDOR(ReimbursementListQueries.Sort.VENDOR),
        CURRENCY(ReimbursementListQueries.Sort.CURRENCY), AMOUNT(ReimbursementListQueries.Sort.AMOUNT),
        AMOUNT_ACC(ReimbursementListQueries.Sort.AMOUNT_ACC), STATUS(ReimbursementListQueries.Sort.STATUS);

        private final ReimbursementListQueries.Sort sort;

        SortColumn(ReimbursementListQueries.Sort sort) {
            this.sort = sort;
        }
    }

    /**
     * {@code bankRejection}: for an open reimbursement whose latest payment the bank rejected, the bank's
     * reason ("AC04 Closed account", empty when it gave none); null for every other reimbursement.
     */
    public record Row(String number, LocalDate postingDate, String customerAccount, String customerName,
                      String vendorAccount, String currency, BigDecimal amount, BigDecimal amountAcc,
                      String voucher, String vendorInvoice, ReimbursementStatus status, long runId, String bankRejection) {

        public boolean rejectedByBank() {
            return bankRejection != null;
        }
    }

    /** The CSV header, in the column order the contract fixes. */
    public static final List<String> CSV_COLUMNS = List.of("id", "date", "customer", "vendor", "currency", "amount", "status",
            "customer_name", "amount_acc", "voucher", "vendor_invoice", "run");

    private final Ledger ledger;

    public ReimbursementListService(Ledger ledger) {
        this.ledger = ledger;
    }

    public long count(Filter filter) {
        return ledger.inTransaction(work -> new ReimbursementListQueries(work).count(filter(filter)));
    }

    public List<Row> page(Filter filter, SortColumn sort, boolean ascending, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit are never negative");
        }
        return ledger.inTransaction(work -> {
            ReimbursementListQueries queries = new ReimbursementListQueries(work);
            return queries.page(filter(filter), sort(sort), ascending, offset, limit, row(queries.accountingDecimals()));
        });
    }

    /**
     * The first and the last number of a run's reimbursements (the same number twice for a run of
     * one; empty for a run that posted none): a run's numbers are one reserved block, so these two
     * name them all.
     */
    public List<String> firstAndLastNumber(long runId) {
        return ledger.inTransaction(work -> new ReimbursementListQueries(work).firstAndLastOfRun(runId));
    }

    /** Columns: id,date,customer,vendor,currency,amount,status, then customer_name,amount_acc,voucher,vendor_invoice,run. */
    public void exportCsv(Filter filter, SortColumn sort, boolean ascending, Writer out) {
        ledger.inTransactionDo(work -> {
            try {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
                printer.printRecord(CSV_COLUMNS);
                ReimbursementListQueries queries = new ReimbursementListQueries(work);
                queries.each(filter(filter), sort(sort), ascending, row(queries.accountingDecimals()), row -> {
                    try {
                        // Text cells a spreadsheet would run as a formula get a leading quote (OWASP's CSV injection advice).
                        printer.printRecord(cell(row.number()), row.postingDate(), cell(row.customerAccount()),
                                cell(row.vendorAccount()), row.currency(), row.amount().toPlainString(), row.status(),
                                cell(row.customerName()), row.amountAcc().toPlainString(), cell(row.voucher()),
                                cell(row.vendorInvoice()), row.runId());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ReimbursementListQueries.Filter filter(Filter filter) {
        Filter f = filter == null ? Filter.any() : filter;
        return new ReimbursementListQueries.Filter(f.from(), f.to(), f.customer(), f.status());
    }

    private static ReimbursementListQueries.Sort sort(SortColumn sort) {
        return sort == null ? null : sort.sort;
    }

    private static RowMapper<Row> row(int accDecimals) {
        return row -> new Row(row.text("number"), row.date("posting_date"), row.text("customer_account"), row.text("customer_name"),
                row.text("vendor_account"), row.text("currency"), row.money("amount", row.integer("decimals")),
                row.money("amount_acc", accDecimals), row.text("voucher"), row.text("vendor_invoice"),
                ReimbursementStatus.valueOf(row.text("status")), row.number("run_id"),
                row.integer("rejected_by_bank") == 0 ? null : row.text("bank_reason"));
    }
}
