package dk.reimbursementdesk.persistence.reimbursement;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts a built plan ({@link ReimbursementPlanStore}) as set-based SQL: per row of {@code rb_group}
 * (numbered 1..n) one voucher, one reimbursement customer transaction, one vendor invoice and one
 * reimbursement record, with ids and numbers computed from the row number; the settled items closed
 * key range by key range. It runs inside the caller's transaction, so it lands whole or not at all.
 * Each public method is one step, in the order they are declared; the caller reports progress and
 * honours a cancel between them.
 *
 * <p>Ids are given explicitly (the largest id so far plus the row number) so the rows can point at
 * each other without reading back generated keys; the ledger lock keeps other writers out.
 */
public final class ReimbursementPostingStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReimbursementPostingStore.class);
    private static final int BATCH = 1_000;

    private final Sql sql;
    private final Engine engine;
    private final PostingSetup s;
    private final long vendorBase;
    private final long voucherBase;
    private final long customerTxBase;
    private final long vendorTxBase;
    private final long reimbursementBase;
    private final String rbNumber;
    /** Some reimbursement was lowered ({@code rb_amount}): only then do the steps below take the longer way. */
    private final boolean lowered;

    /** Reads the largest ids so far, which the posted rows' ids count on from. */
    public ReimbursementPostingStore(UnitOfWork work, PostingSetup setup) {
        this.sql = work.sql();
        this.engine = sql.engine();
        this.s = setup;
        vendorBase = sql.highestId("vendor");
        voucherBase = sql.highestId("voucher");
        customerTxBase = sql.highestId("customer_transaction");
        vendorTxBase = sql.highestId("vendor_transaction");
        reimbursementBase = sql.highestId("reimbursement");
        rbNumber = s.reimbursements().sql(engine, "g.grp");
        lowered = sql.queryLong("SELECT count(*) FROM rb_amount") > 0;
    }

    /** The condition that leaves the lowered reimbursements to the steps of their own; nothing in an ordinary run. */
    private String wholeOnly() {
        return lowered ? " AND g.grp NOT IN (SELECT grp FROM rb_amount)" : "";
    }

    /** One one-time vendor per customer without a vendor, linked so later runs reuse it. */
    public void oneTimeVendors() {
        sql.update("INSERT INTO vendor (id, account, name, group_id, currency, iban, bic, one_time) "
                        + "SELECT ? + n.n, " + s.oneTimeVendors().sql(engine, "n.n") + ", c.name, ?, c.currency, c.iban, c.bic, TRUE "
                        + "FROM rb_newvendor n JOIN customer c ON c.id = n.customer_id ORDER BY n.n",
                vendorBase, s.oneTimeVendors().prefix(), s.oneTimeVendorGroup());
        sql.update("UPDATE customer SET vendor_id = ? + n.n FROM rb_newvendor n WHERE n.customer_id = customer.id", vendorBase);
        sql.update("UPDATE rb_group SET vendor_id = ? + (SELECT n.n FROM rb_newvendor n WHERE n.customer_id = rb_group.customer_id) "
                + "WHERE vendor_id IS NULL", vendorBase);
    }

    public void vouchers() {
        sql.update("INSERT INTO voucher (id, number, posting_date, description, reverses_voucher_id, posted_at) "
                        + "SELECT ? + g.grp, " + s.vouchers().sql(engine, "g.grp") + ", " + EngineSql.dateParameter(engine)
                        + ", 'REIMBURSEMENT ' || " + rbNumber + " || ' ' || c.account, NULL, CAST(? AS text) "
                        + "FROM rb_group g JOIN customer c ON c.id = g.customer_id ORDER BY g.grp",
                voucherBase, s.vouchers().prefix(), s.postingDate(), s.reimbursements().prefix(), s.postedAt());
    }

    /**
     * Dr AR control with what the settled items were open for, Cr AP control with the credit at the
     * run's rate, the difference to realized exchange gain or loss. Debit lines carry positive amounts.
     */
    public void voucherLines() {
        sql.update("INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount, description) "
                        + "SELECT ? + g.grp, CAST(? AS bigint), " + EngineSql.greatest(engine, "g.ar_acc", "0") + ", "
                        + EngineSql.greatest(engine, "-g.ar_acc", "0") + ", g.currency, g.credit, CAST(NULL AS text) FROM rb_group g "
                        + "UNION ALL SELECT ? + g.grp, CAST(? AS bigint), 0, g.credit_acc, g.currency, -g.credit, NULL FROM rb_group g "
                        + "UNION ALL SELECT ? + g.grp, CASE WHEN g.credit_acc > g.ar_acc THEN CAST(? AS bigint) ELSE CAST(? AS bigint) END, "
                        + EngineSql.greatest(engine, "g.credit_acc - g.ar_acc", "0") + ", " + EngineSql.greatest(engine, "g.ar_acc - g.credit_acc", "0")
                        + ", CAST(? AS text), g.credit_acc - g.ar_acc, NULL "
                        + "FROM rb_group g WHERE g.credit_acc <> g.ar_acc",
                voucherBase, s.arControl(), voucherBase, s.apControl(), voucherBase, s.fxLoss(), s.fxGain(), s.accountingCurrency());
    }

    /**
     * The customer's reimbursement transaction and the vendor's invoice. The reimbursement transaction
     * settles itself whole on its own voucher: it never has an open item.
     */
    public void transactions() {
        sql.update("INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, due_date, document, "
                        + "currency, amount, amount_acc) "
                        + "SELECT ? + g.grp, g.customer_id, ? + g.grp, 'REIMBURSEMENT', " + EngineSql.dateParameter(engine) + ", NULL, "
                        + rbNumber + ", "
                        + "g.currency, g.credit, g.ar_acc FROM rb_group g ORDER BY g.grp",
                customerTxBase, voucherBase, s.postingDate(), s.reimbursements().prefix());
        sql.update("INSERT INTO vendor_transaction (id, vendor_id, voucher_id, type, transaction_date, due_date, document, "
                        + "currency, amount, amount_acc, open_amount, open_amount_acc) "
                        + "SELECT ? + g.grp, g.vendor_id, ? + g.grp, 'INVOICE', " + EngineSql.dateParameter(engine) + ", "
                        + EngineSql.dateParameter(engine) + ", " + rbNumber + ", "
                        + "g.currency, -g.credit, -g.credit_acc, -g.credit, -g.credit_acc FROM rb_group g ORDER BY g.grp",
                vendorTxBase, voucherBase, s.postingDate(), s.postingDate(), s.reimbursements().prefix());
    }

    /**
     * Every open item dated on or before the posting date of a reimbursed customer and currency is
     * settled whole: by the reimbursement of its own document when it has one (not summarized, a
     * later credit document), otherwise by the first reimbursement of that customer and currency.
     * A lowered reimbursement settles what {@code rb_part} says instead, some of it partly.
     */
    public void settlements() {
        // Summarized there are no later documents, and skipping the join saves a probe per item.
        String owner = s.summarize() ? "g.grp" : "coalesce(gs.grp, g.grp)";
        String laterDocuments = s.summarize() ? "" : " LEFT JOIN rb_group gs ON gs.source_id = t.transaction_id AND gs.k > 1";
        sql.update("INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc) "
                + "SELECT ? + " + owner + ", t.transaction_id, t.open_amount, t.open_amount_acc FROM rb_group g "
                + "JOIN customer_open_item t ON t.customer_id = g.customer_id AND t.currency = g.currency" + laterDocuments
                + " WHERE g.k = 1 AND t.transaction_date <= ?" + wholeOnly(), voucherBase, s.postingDate());
        if (lowered) {
            sql.update("INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc) "
                    + "SELECT ? + p.grp, p.transaction_id, p.part, p.part_acc FROM rb_part p ORDER BY p.grp", voucherBase);
        }
        sql.update("INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc) "
                + "SELECT ? + g.grp, ? + g.grp, g.credit, g.ar_acc FROM rb_group g ORDER BY g.grp", voucherBase, customerTxBase);
    }

    /**
     * The settled items leave the open-item table, one key range per reimbursed customer and
     * currency. A prepared delete per range, batched, lets SQLite delete as it walks the range;
     * one statement with an IN list first collects every key and then seeks each one again. A
     * lowered reimbursement deletes the items it settled whole and keeps the rest of a partly settled one open.
     */
    public void closeSettledItems() {
        List<Object[]> ranges = new ArrayList<>();
        sql.each("SELECT customer_id, currency FROM rb_group g WHERE k = 1" + wholeOnly() + " ORDER BY customer_id, currency",
                row -> ranges.add(new Object[] {row.number("customer_id"), row.text("currency")}));
        long start = System.nanoTime();
        try (Sql.Batch delete = sql.batch(
                "DELETE FROM customer_open_item WHERE customer_id = ? AND currency = ? AND transaction_date <= ?", BATCH)) {
            String date = s.postingDate().toString();
            for (Object[] range : ranges) {
                delete.add(range[0], range[1], date);
            }
        }
        LOG.debug("{} ms: DELETE FROM customer_open_item (batched per customer and currency)", (System.nanoTime() - start) / 1_000_000);
        if (lowered) {
            sql.update("""
                    UPDATE customer_open_item SET open_amount = customer_open_item.open_amount - p.part,
                        open_amount_acc = customer_open_item.open_amount_acc - p.part_acc
                    FROM rb_part p WHERE p.part <> p.open_amount AND customer_open_item.customer_id = p.customer_id
                        AND customer_open_item.currency = p.currency AND customer_open_item.transaction_date = p.transaction_date
                        AND customer_open_item.transaction_id = p.transaction_id""");
            sql.update("""
                    DELETE FROM customer_open_item WHERE (customer_id, currency, transaction_date, transaction_id) IN
                        (SELECT customer_id, currency, transaction_date, transaction_id FROM rb_part WHERE part = open_amount)""");
        }
    }

    public void reimbursements() {
        sql.update("INSERT INTO reimbursement (id, number, run_id, customer_id, vendor_id, currency, amount, amount_acc, "
                        + "posting_date, voucher_id, customer_transaction_id, vendor_transaction_id, source_transaction_id, status, "
                        + "reversal_voucher_id) "
                        + "SELECT ? + g.grp, " + rbNumber + ", ?, g.customer_id, g.vendor_id, g.currency, g.credit, g.credit_acc, "
                        + EngineSql.dateParameter(engine) + ", "
                        + "? + g.grp, ? + g.grp, ? + g.grp, g.source_id, 'OPEN', NULL FROM rb_group g ORDER BY g.grp",
                reimbursementBase, s.reimbursements().prefix(), s.runId(), s.postingDate(), voucherBase, customerTxBase, vendorTxBase);
    }

}
