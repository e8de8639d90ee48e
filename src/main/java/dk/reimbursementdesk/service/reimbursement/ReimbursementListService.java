package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.persistence.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
        NUMBER("r.number"), POSTING_DATE("r.posting_date"), CUSTOMER("c.account"), VENDOR("v.account"),
        CURRENCY("r.currency"), AMOUNT("r.amount"), AMOUNT_ACC("r.amount_acc"), STATUS("r.status");

        private final String column;

        SortColumn(String column) {
            this.column = column;
        }
    }

    public record Row(String number, LocalDate postingDate, String customerAccount, String customerName,
                      String vendorAccount, String currency, BigDecimal amount, BigDecimal amountAcc,
                      String voucher, String vendorInvoice, ReimbursementStatus status, long runId) {
    }

    /** The CSV header, in the column order the contract fixes. */
    public static final List<String> CSV_COLUMNS = List.of("id", "date", "customer", "vendor", "currency", "amount", "status",
            "customer_name", "amount_acc", "voucher", "vendor_invoice", "run");

    private static final String FROM = """
             FROM reimbursement r
             JOIN customer c ON c.id = r.customer_id
             JOIN vendor v ON v.id = r.vendor_id
             JOIN voucher vo ON vo.id = r.voucher_id
             JOIN vendor_transaction vt ON vt.id = r.vendor_transaction_id
             JOIN currency cur ON cur.code = r.currency
            """;
    private static final String COLUMNS = "SELECT r.number, r.posting_date, c.account, c.name, v.account, r.currency, cur.decimals, "
            + "r.amount, r.amount_acc, vo.number, vt.document, r.status, r.run_id";

    private final Ledger ledger;

    public ReimbursementListService(Ledger ledger) {
        this.ledger = ledger;
    }

    public long count(Filter filter) {
        Where where = where(filter);
        // Only the customer filter needs the join; counting the bare table lets SQLite use its indexes alone.
        String from = where.needsCustomer ? " FROM reimbursement r JOIN customer c ON c.id = r.customer_id" : " FROM reimbursement r";
        return ledger.inSessionTransaction(session -> session.doReturningWork(c ->
                Jdbc.queryLong(c, "SELECT count(*)" + from + where.sql, where.parameters.toArray())));
    }

    public List<Row> page(Filter filter, SortColumn sort, boolean ascending, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit are never negative");
        }
        Where where = where(filter);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(limit);
        parameters.add(offset);
        String sql = COLUMNS + FROM + where.sql + orderBy(sort, ascending) + " LIMIT ? OFFSET ?";
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> read(c, sql, parameters)));
    }

    /** Columns: id,date,customer,vendor,currency,amount,status, then customer_name,amount_acc,voucher,vendor_invoice,run. */
    public void exportCsv(Filter filter, SortColumn sort, boolean ascending, Writer out) {
        Where where = where(filter);
        String sql = COLUMNS + FROM + where.sql + orderBy(sort, ascending);
        ledger.inSessionTransactionDo(session -> session.doWork(c -> {
            try {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
                printer.printRecord(CSV_COLUMNS);
                int accDecimals = accountingDecimals(c);
                Jdbc.query(c, sql, where.parameters, rs -> {
                    Row row = row(rs, accDecimals);
                    try {
                        printer.printRecord(row.number(), row.postingDate(), row.customerAccount(), row.vendorAccount(),
                                row.currency(), row.amount().toPlainString(), row.status(), row.customerName(),
                                row.amountAcc().toPlainString(), row.voucher(), row.vendorInvoice(), row.runId());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static String orderBy(SortColumn sort, boolean ascending) {
        SortColumn column = sort == null ? SortColumn.NUMBER : sort;
        String direction = ascending ? " ASC" : " DESC";
        // The number breaks ties so paging is stable.
        return " ORDER BY " + column.column + direction + (column == SortColumn.NUMBER ? "" : ", r.number" + direction);
    }

    private record Where(String sql, List<Object> parameters, boolean needsCustomer) {
    }

    private static Where where(Filter filter) {
        Filter f = filter == null ? Filter.any() : filter;
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (f.from() != null) {
            conditions.add("r.posting_date >= ?");
            parameters.add(f.from().toString());
        }
        if (f.to() != null) {
            conditions.add("r.posting_date <= ?");
            parameters.add(f.to().toString());
        }
        boolean needsCustomer = f.customer() != null && !f.customer().isBlank();
        if (needsCustomer) {
            conditions.add("(c.account LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')");
            String pattern = "%" + f.customer().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.add(pattern);
            parameters.add(pattern);
        }
        if (f.status() != null) {
            conditions.add("r.status = ?");
            parameters.add(f.status().name());
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Where(sql, parameters, needsCustomer);
    }

    private static List<Row> read(Connection c, String sql, List<Object> parameters) throws SQLException {
        List<Row> rows = new ArrayList<>();
        int accDecimals = accountingDecimals(c);
        Jdbc.query(c, sql, parameters, rs -> rows.add(row(rs, accDecimals)));
        return rows;
    }

    private static Row row(ResultSet rs, int accDecimals) throws SQLException {
        int decimals = rs.getInt(7);
        return new Row(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), BigDecimal.valueOf(rs.getLong(8), decimals), BigDecimal.valueOf(rs.getLong(9), accDecimals),
                rs.getString(10), rs.getString(11), ReimbursementStatus.valueOf(rs.getString(12)), rs.getLong(13));
    }

    private static int accountingDecimals(Connection c) throws SQLException {
        return Math.toIntExact(Jdbc.queryLong(c,
                "SELECT cur.decimals FROM legal_entity e JOIN currency cur ON cur.code = e.accounting_currency LIMIT 1"));
    }
}
