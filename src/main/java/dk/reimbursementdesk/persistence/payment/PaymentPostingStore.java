package dk.reimbursementdesk.persistence.payment;

import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Posts a payment plan ({@link PaymentPlanStore}) as set-based SQL, a few statements over all rows:
 * per payment {@code n} one voucher (Dr AP control, Cr bank at the payment date's rate, the
 * exchange difference against what the invoices were booked at on the same voucher), one vendor
 * payment transaction settling its invoices in full, and one payment row of the batch. It runs
 * inside the caller's transaction, so it lands whole or not at all, and the voucher guard checks
 * every voucher it adds before the commit. Each public method is one step, in the order declared.
 *
 * <p>Ids are given explicitly (the largest id so far plus {@code n}) so the rows can point at each
 * other without reading back generated keys; the ledger lock keeps other writers out.
 */
public final class PaymentPostingStore {

    /** The batch and what its statements need, gathered by the service from the parameters. */
    public record Setup(long batchId, String batchNumber, LocalDate paymentDate, LocalDateTime postedAt, String bankIban,
                        String bankBic, long apControl, long bank, long fxGain, long fxLoss, String accountingCurrency,
                        String voucherPrefix, int voucherWidth, long firstVoucher) {
    }

    private final Sql sql;
    private final Setup s;
    private final long voucherBase;
    private final long vendorTxBase;
    private final long paymentBase;
    private final String endToEndId;

    /** Reads the largest ids so far, which the posted rows' ids count on from. */
    public PaymentPostingStore(UnitOfWork work, Setup setup) {
        this.sql = work.sql();
        this.s = setup;
        voucherBase = sql.highestId("voucher");
        vendorTxBase = sql.highestId("vendor_transaction");
        paymentBase = sql.highestId("payment");
        // The batch number and the line, four digits or more: PB-000001-0001.
        endToEndId = "(? || '-' || " + EngineSql.zeroPadded(sql.engine(), "p.n", 4) + ")";
    }

    /** The next batch id: one more than the largest so far. */
    public static long nextBatchId(UnitOfWork work) {
        return work.sql().highestId("payment_batch") + 1;
    }

    public void batch() {
        sql.update("""
                INSERT INTO payment_batch (id, number, payment_date, posted_at, bank_iban, bank_bic, payment_count)
                SELECT ?, ?, ?, ?, ?, ?, count(*) FROM pb_pay""",
                s.batchId(), s.batchNumber(), s.paymentDate(), s.postedAt(), s.bankIban(), s.bankBic());
    }

    public void vouchers() {
        sql.update("INSERT INTO voucher (id, number, posting_date, description, reverses_voucher_id, posted_at) "
                        + "SELECT ? + p.n, ? || " + EngineSql.zeroPadded(sql.engine(), s.firstVoucher() + " + p.n - 1", s.voucherWidth())
                        + ", ?, "
                        + "'PAYMENT ' || " + endToEndId + " || ' ' || v.account, NULL, ? "
                        + "FROM pb_pay p JOIN vendor v ON v.id = p.vendor_id ORDER BY p.n",
                voucherBase, s.voucherPrefix(), s.paymentDate(), s.batchNumber(), s.postedAt());
    }

    /**
     * Dr AP control and Cr bank with the payment at the date's rate (the transaction-currency amount
     * kept beside it); where that differs from what the invoices were booked at, the residue moves AP
     * control to realized exchange loss (paid more) or gain (paid less), as the entity path books it.
     */
    public void voucherLines() {
        sql.update("INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount, description) "
                        + "SELECT ? + p.n, ?, p.amount_acc, 0, p.currency, p.amount, NULL FROM pb_pay p "
                        + "UNION ALL SELECT ? + p.n, ?, 0, p.amount_acc, p.currency, -p.amount, NULL FROM pb_pay p "
                        + "UNION ALL SELECT ? + p.n, CASE WHEN p.amount_acc > p.invoices_acc THEN ? ELSE ? END, "
                        + positive("p.amount_acc - p.invoices_acc") + ", " + positive("p.invoices_acc - p.amount_acc") + ", ?, "
                        + "p.amount_acc - p.invoices_acc, NULL FROM pb_pay p WHERE p.amount_acc <> p.invoices_acc "
                        + "UNION ALL SELECT ? + p.n, ?, " + positive("p.invoices_acc - p.amount_acc") + ", "
                        + positive("p.amount_acc - p.invoices_acc") + ", ?, "
                        + "p.invoices_acc - p.amount_acc, NULL FROM pb_pay p WHERE p.amount_acc <> p.invoices_acc",
                voucherBase, s.apControl(), voucherBase, s.bank(),
                voucherBase, s.fxLoss(), s.fxGain(), s.accountingCurrency(),
                voucherBase, s.apControl(), s.accountingCurrency());
    }

    /** {@code difference} where it is above zero, else zero (SQLite's two-argument max, PostgreSQL's greatest). */
    private static String positive(String difference) {
        return "CASE WHEN " + difference + " > 0 THEN " + difference + " ELSE 0 END";
    }

    /** The vendor's payment transaction, settled whole on its own voucher: it never stays open. */
    public void transactions() {
        sql.update("INSERT INTO vendor_transaction (id, vendor_id, voucher_id, type, transaction_date, due_date, document, "
                        + "currency, amount, amount_acc, open_amount, open_amount_acc) "
                        + "SELECT ? + p.n, p.vendor_id, ? + p.n, 'PAYMENT', ?, NULL, " + endToEndId + ", "
                        + "p.currency, p.amount, p.amount_acc, 0, 0 FROM pb_pay p ORDER BY p.n",
                vendorTxBase, voucherBase, s.paymentDate(), s.batchNumber());
    }

    /** Each invoice closed whole, and the payment's matching part, both on the payment's voucher. */
    public void settlements() {
        sql.update("INSERT INTO vendor_settlement (voucher_id, transaction_id, amount, amount_acc) "
                + "SELECT ? + i.pay, i.id, -i.owed, -i.owed_acc FROM pb_inv i "
                + "UNION ALL SELECT ? + i.pay, ? + i.pay, i.owed, i.paid_acc FROM pb_inv i", voucherBase, voucherBase, vendorTxBase);
        sql.update("UPDATE vendor_transaction SET open_amount = 0, open_amount_acc = 0 WHERE id IN (SELECT id FROM pb_inv)");
    }

    /** A reimbursement whose vendor invoice is now paid is paid: it can no longer be reversed. */
    public void reimbursementsPaid() {
        sql.update("UPDATE reimbursement SET status = 'PAID' WHERE status = 'OPEN' "
                + "AND vendor_transaction_id IN (SELECT id FROM pb_inv)");
    }

    /** The batch's payments, with the creditor as the file will carry it, and the invoices each paid. */
    public void payments() {
        sql.update("INSERT INTO payment (id, batch_id, line_no, vendor_id, currency, amount, amount_acc, voucher_id, "
                        + "vendor_transaction_id, end_to_end_id, creditor_name, creditor_iban, creditor_bic, remittance) "
                        + "SELECT ? + p.n, ?, p.n, p.vendor_id, p.currency, p.amount, p.amount_acc, ? + p.n, ? + p.n, " + endToEndId + ", "
                        + "c.creditor_name, c.creditor_iban, c.creditor_bic, c.remittance FROM pb_pay p JOIN pb_credit c ON c.n = p.n "
                        + "ORDER BY p.n",
                paymentBase, s.batchId(), voucherBase, vendorTxBase, s.batchNumber());
        sql.update("INSERT INTO payment_invoice (payment_id, vendor_transaction_id, reimbursement_id, amount) "
                + "SELECT ? + i.pay, i.id, i.reimbursement_id, i.owed FROM pb_inv i ORDER BY i.pay, i.k", paymentBase);
    }

}
