package dk.reimbursementdesk.service.reimbursement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules 4 and 5 as set-based SQL over a built {@link ReimbursementPlan}: per row of {@code rb_group}
 * (numbered 1..n) one voucher, one reimbursement customer transaction, one vendor invoice and one
 * reimbursement record, with ids and numbers computed from the row number; the settled items closed
 * in one statement. It runs inside the run's transaction, so it lands whole or not at all.
 *
 * <p>Ids are given explicitly (the largest id so far plus the row number) so the rows can point at
 * each other without reading back generated keys; the ledger lock keeps other writers out.
 */
final class ReimbursementPosting {

    /** The numbers and accounts the statements need, gathered by the service from the parameters. */
    record Setup(LocalDate postingDate, boolean summarize, LocalDateTime postedAt, long runId,
                 long arControl, long apControl, long fxGain, long fxLoss, long oneTimeVendorGroup,
                 NumberBlock vouchers, NumberBlock reimbursements, NumberBlock oneTimeVendors, String accountingCurrency) {
    }

    /** A reserved block of a number sequence: row number r gets {@code prefix + pad(first + r - 1)}. */
    record NumberBlock(String prefix, int width, long first) {
        String sql(String rowNumber) {
            return "(? || printf('%0" + width + "d', " + first + " + " + rowNumber + " - 1))";
        }
    }

    /** A step of the posting, so the caller can report progress and honour a cancel between steps. */
    interface Steps {
        void next() throws SQLException;
    }

    private final Connection c;
    private final Setup s;

    ReimbursementPosting(Connection c, Setup setup) {
        this.c = c;
        this.s = setup;
    }

    static final int STEP_COUNT = 7;

    void post(Steps steps) throws SQLException {
        long vendorBase = maxId("vendor");
        long voucherBase = maxId("voucher");
        long customerTxBase = maxId("customer_transaction");
        long vendorTxBase = maxId("vendor_transaction");
        long reimbursementBase = maxId("reimbursement");
        String rbNumber = s.reimbursements().sql("g.grp");

        // Rule 4: one one-time vendor per customer without a vendor, linked so later runs reuse it.
        Jdbc.update(c, "INSERT INTO vendor (id, account, name, group_id, currency, iban, bic, one_time) "
                        + "SELECT ? + n.n, " + s.oneTimeVendors().sql("n.n") + ", c.name, ?, c.currency, c.iban, c.bic, 1 "
                        + "FROM rb_newvendor n JOIN customer c ON c.id = n.customer_id ORDER BY n.n",
                vendorBase, s.oneTimeVendors().prefix(), s.oneTimeVendorGroup());
        Jdbc.update(c, "UPDATE customer SET vendor_id = ? + n.n FROM rb_newvendor n WHERE n.customer_id = customer.id", vendorBase);
        Jdbc.update(c, "UPDATE rb_group SET vendor_id = ? + (SELECT n.n FROM rb_newvendor n WHERE n.customer_id = rb_group.customer_id) "
                + "WHERE vendor_id IS NULL", vendorBase);
        steps.next();

        Jdbc.update(c, "INSERT INTO voucher (id, number, posting_date, description, reverses_voucher_id, posted_at) "
                        + "SELECT ? + g.grp, " + s.vouchers().sql("g.grp") + ", ?, 'REIMBURSEMENT ' || " + rbNumber + " || ' ' || c.account, NULL, ? "
                        + "FROM rb_group g JOIN customer c ON c.id = g.customer_id ORDER BY g.grp",
                voucherBase, s.vouchers().prefix(), s.postingDate(), s.reimbursements().prefix(), s.postedAt());
        steps.next();

        // Dr AR control with what the settled items were open for, Cr AP control with the credit at the
        // run's rate, the difference to realized exchange gain or loss. Debit lines carry positive amounts.
        Jdbc.update(c, "INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount, description) "
                        + "SELECT ? + g.grp, ?, max(g.ar_acc, 0), max(-g.ar_acc, 0), g.currency, g.credit, NULL FROM rb_group g "
                        + "UNION ALL SELECT ? + g.grp, ?, 0, g.credit_acc, g.currency, -g.credit, NULL FROM rb_group g "
                        + "UNION ALL SELECT ? + g.grp, CASE WHEN g.credit_acc > g.ar_acc THEN ? ELSE ? END, "
                        + "max(g.credit_acc - g.ar_acc, 0), max(g.ar_acc - g.credit_acc, 0), ?, g.credit_acc - g.ar_acc, NULL "
                        + "FROM rb_group g WHERE g.credit_acc <> g.ar_acc",
                voucherBase, s.arControl(), voucherBase, s.apControl(), voucherBase, s.fxLoss(), s.fxGain(), s.accountingCurrency());
        steps.next();

        // The reimbursement transaction settles itself whole on its own voucher: it never has an open item.
        Jdbc.update(c, "INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, due_date, document, "
                        + "currency, amount, amount_acc) "
                        + "SELECT ? + g.grp, g.customer_id, ? + g.grp, 'REIMBURSEMENT', ?, NULL, " + rbNumber + ", "
                        + "g.currency, g.credit, g.ar_acc FROM rb_group g ORDER BY g.grp",
                customerTxBase, voucherBase, s.postingDate(), s.reimbursements().prefix());
        Jdbc.update(c, "INSERT INTO vendor_transaction (id, vendor_id, voucher_id, type, transaction_date, due_date, document, "
                        + "currency, amount, amount_acc, open_amount, open_amount_acc) "
                        + "SELECT ? + g.grp, g.vendor_id, ? + g.grp, 'INVOICE', ?, ?, " + rbNumber + ", "
                        + "g.currency, -g.credit, -g.credit_acc, -g.credit, -g.credit_acc FROM rb_group g ORDER BY g.grp",
                vendorTxBase, voucherBase, s.postingDate(), s.postingDate(), s.reimbursements().prefix());
        steps.next();

        // Every open item dated on or before the posting date of a reimbursed customer and currency is
        // settled whole: by the reimbursement of its own document when it has one (not summarized, a
        // later credit document), otherwise by the first reimbursement of that customer and currency.
        // Summarized there are no later documents, and skipping the join saves a probe per item.
        String owner = s.summarize() ? "g.grp" : "coalesce(gs.grp, g.grp)";
        String laterDocuments = s.summarize() ? "" : " LEFT JOIN rb_group gs ON gs.source_id = t.transaction_id AND gs.k > 1";
        Jdbc.update(c, "INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc) "
                + "SELECT ? + " + owner + ", t.transaction_id, t.open_amount, t.open_amount_acc FROM rb_group g "
                + "JOIN customer_open_item t ON t.customer_id = g.customer_id AND t.currency = g.currency" + laterDocuments
                + " WHERE g.k = 1 AND t.transaction_date <= ?", voucherBase, s.postingDate());
        Jdbc.update(c, "INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc) "
                + "SELECT ? + g.grp, ? + g.grp, g.credit, g.ar_acc FROM rb_group g ORDER BY g.grp", voucherBase, customerTxBase);
        steps.next();

        closeSettledItems();
        steps.next();

        Jdbc.update(c, "INSERT INTO reimbursement (id, number, run_id, customer_id, vendor_id, currency, amount, amount_acc, "
                        + "posting_date, voucher_id, customer_transaction_id, vendor_transaction_id, source_transaction_id, status, "
                        + "reversal_voucher_id) "
                        + "SELECT ? + g.grp, " + rbNumber + ", ?, g.customer_id, g.vendor_id, g.currency, g.credit, g.credit_acc, ?, "
                        + "? + g.grp, ? + g.grp, ? + g.grp, g.source_id, 'OPEN', NULL FROM rb_group g ORDER BY g.grp",
                reimbursementBase, s.reimbursements().prefix(), s.runId(), s.postingDate(), voucherBase, customerTxBase, vendorTxBase);
        steps.next();
    }

    /**
     * The settled items leave the open-item table, one key range per reimbursed customer and
     * currency. A prepared delete per range, batched, lets SQLite delete as it walks the range;
     * one statement with an IN list first collects every key and then seeks each one again.
     */
    private void closeSettledItems() throws SQLException {
        List<Object[]> ranges = new ArrayList<>();
        Jdbc.query(c, "SELECT customer_id, currency FROM rb_group WHERE k = 1 ORDER BY customer_id, currency", List.of(),
                rs -> ranges.add(new Object[] {rs.getLong(1), rs.getString(2)}));
        long start = System.nanoTime();
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM customer_open_item WHERE customer_id = ? AND currency = ? AND transaction_date <= ?")) {
            String date = s.postingDate().toString();
            for (Object[] range : ranges) {
                delete.setLong(1, (Long) range[0]);
                delete.setString(2, (String) range[1]);
                delete.setString(3, date);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        Jdbc.trace(start, "DELETE FROM customer_open_item (batched per customer and currency)");
    }

    private long maxId(String table) throws SQLException {
        return Jdbc.queryLong(c, "SELECT coalesce(max(id), 0) FROM " + table);
    }
}
