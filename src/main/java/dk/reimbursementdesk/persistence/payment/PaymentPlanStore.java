package dk.reimbursementdesk.persistence.payment;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;

/**
 * The plan of a payment batch in temporary tables of the unit of work's connection, the way the
 * reimbursement run plans (see {@code ReimbursementPlanStore}): the proposal reads it, posting
 * ({@link PaymentPostingStore}) writes from it. Temporary tables live outside the ledger file, so
 * planning writes nothing a rollback would have to undo.
 *
 * <ul>
 *   <li>{@code pb_pick}: the ids the user listed (picked, or left out of a filter).</li>
 *   <li>{@code pb_inv}: the chosen open invoices: {@code owed} and {@code owed_acc} (positive minor
 *       units), {@code k} their settlement order within vendor and currency (due date, then id), the
 *       first reimbursement behind each, and later the payment {@code pay} that settles it and
 *       {@code paid_acc}, the payment's accounting-currency part for it.</li>
 *   <li>{@code pb_pay}: one payment per vendor and currency, numbered {@code n} by vendor account and
 *       currency (the batch's line numbers), with its amount, what its invoices were booked at, and
 *       its accounting-currency amount.</li>
 *   <li>{@code pb_credit}: per payment the creditor and remittance the file will carry.</li>
 *   <li>{@code pb_part}: a foreign payment's accounting-currency part per invoice, where it has several.</li>
 * </ul>
 */
public final class PaymentPlanStore {

    private static final String[] TABLES = {"pb_pick", "pb_inv", "pb_pay", "pb_credit", "pb_part"};
    private static final int BATCH = 1_000;

    private final Sql sql;
    private final Engine engine;

    public PaymentPlanStore(UnitOfWork work) {
        this.sql = work.sql();
        this.engine = sql.engine();
    }

    /** The chosen open invoices into {@code pb_inv}; returns how many are open of those chosen. */
    public long chooseInvoices(InvoiceChoice choice) {
        for (String table : TABLES) {
            sql.execute(EngineSql.dropTempTable(engine, table));
        }
        sql.execute(EngineSql.createTempTable(engine, "pb_pick (id INTEGER PRIMARY KEY)", false));
        try (Sql.Batch insert = sql.batch("INSERT INTO pb_pick VALUES (?) ON CONFLICT DO NOTHING", BATCH)) {
            for (Long id : choice.ids()) {
                insert.add(id);
            }
        }
        sql.execute(EngineSql.createTempTable(engine, """
                pb_inv (
                    id INTEGER PRIMARY KEY, vendor_id INTEGER NOT NULL, currency TEXT NOT NULL,
                    owed INTEGER NOT NULL, owed_acc INTEGER NOT NULL, k INTEGER NOT NULL, reimbursement_id INTEGER,
                    pay INTEGER, paid_acc INTEGER)""", false));
        OpenInvoiceQueries.Where where = choice.filter() == null
                ? new OpenInvoiceQueries.Where(" AND t.id IN (SELECT id FROM pb_pick)", List.of())
                : OpenInvoiceQueries.where(engine, choice.filter()).and(" AND t.id NOT IN (SELECT id FROM pb_pick)");
        sql.update("""
                INSERT INTO pb_inv (id, vendor_id, currency, owed, owed_acc, k, reimbursement_id)
                SELECT t.id, t.vendor_id, t.currency, -t.open_amount, -t.open_amount_acc,
                       row_number() OVER (PARTITION BY t.vendor_id, t.currency
                                          ORDER BY coalesce(t.due_date, t.transaction_date), t.id),
                       (SELECT min(r.id) FROM reimbursement r WHERE r.vendor_transaction_id = t.id)
                """ + OpenInvoiceQueries.FROM + where.sql(), where.parameters().toArray());
        sql.execute(EngineSql.createTempIndex(engine, "pb_inv_vendor", "pb_inv", "vendor_id, currency"));
        return sql.queryLong("SELECT count(*) FROM pb_inv");
    }

    /** The vendors of the chosen invoices, by account, as they are read: columns {@code vendor_id, account, name, iban, bic}. */
    public void eachVendor(Sql.RowConsumer consumer) {
        sql.each("""
                SELECT v.id AS vendor_id, v.account AS account, v.name AS name, v.iban AS iban, v.bic AS bic
                FROM vendor v WHERE v.id IN (SELECT DISTINCT vendor_id FROM pb_inv) ORDER BY\s""" + EngineSql.nocase(engine, "v.account"),
                consumer);
    }

    /** Leaves the invoices of these vendors out of the plan (they cannot be paid). */
    public void leaveOut(List<Long> vendorIds) {
        try (Sql.Batch delete = sql.batch("DELETE FROM pb_inv WHERE vendor_id = ?", BATCH)) {
            for (Long id : vendorIds) {
                delete.add(id);
            }
        }
    }

    /** One payment per vendor and currency of what is left, numbered by vendor account and currency. */
    public long payments() {
        sql.execute(EngineSql.createTempTable(engine, """
                pb_pay (
                    n INTEGER PRIMARY KEY, vendor_id INTEGER NOT NULL, currency TEXT NOT NULL, amount INTEGER NOT NULL,
                    invoices_acc INTEGER NOT NULL, invoice_count INTEGER NOT NULL, amount_acc INTEGER)""", false));
        // v.account beside the vendor id in GROUP BY: one value per vendor, named for PostgreSQL's rule.
        sql.update("""
                INSERT INTO pb_pay (n, vendor_id, currency, amount, invoices_acc, invoice_count)
                SELECT row_number() OVER (ORDER BY\s""" + EngineSql.nocase(engine, "v.account") + """
                , i.currency), i.vendor_id, i.currency,
                       sum(i.owed), sum(i.owed_acc), count(*)
                FROM pb_inv i JOIN vendor v ON v.id = i.vendor_id
                GROUP BY i.vendor_id, i.currency, v.account""");
        sql.execute(EngineSql.createUniqueTempIndex(engine, "pb_pay_vendor", "pb_pay", "vendor_id, currency"));
        sql.update("UPDATE pb_inv SET pay = p.n FROM pb_pay p WHERE p.vendor_id = pb_inv.vendor_id AND p.currency = pb_inv.currency");
        sql.execute(EngineSql.createTempIndex(engine, "pb_inv_pay", "pb_inv", "pay, k"));
        return sql.queryLong("SELECT count(*) FROM pb_pay");
    }

    /** The currencies the payments are in, other than {@code except}. */
    public List<String> currencies(String except) {
        return sql.list("SELECT DISTINCT currency FROM pb_pay WHERE currency <> ? ORDER BY currency", row -> row.text("currency"), except);
    }

    /**
     * The payments' accounting-currency amounts: the accounting currency is copied; the others get
     * {@code conversion} at the payment date's rate, one row at a time (there are few currencies but
     * the rounding rule is the service's).
     */
    public void convert(String accountingCurrency, Conversion conversion) {
        sql.update("UPDATE pb_pay SET amount_acc = amount WHERE currency = ?", accountingCurrency);
        // Read first, then written: a table is not changed under a statement still reading it.
        List<long[]> converted = sql.list("SELECT n, currency, amount FROM pb_pay WHERE currency <> ?",
                row -> new long[] {row.number("n"), conversion.toAccounting(row.text("currency"), row.number("amount"))},
                accountingCurrency);
        try (Sql.Batch update = sql.batch("UPDATE pb_pay SET amount_acc = ? WHERE n = ?", BATCH)) {
            for (long[] row : converted) {
                update.add(row[1], row[0]);
            }
        }
    }

    /** Converts minor units of a currency into accounting-currency minor units. */
    @FunctionalInterface
    public interface Conversion {
        long toAccounting(String currency, long minor);
    }

    /** The plan's totals per currency, in currency order: {@code currency, decimals, amount} (minor units). */
    public <T> List<T> totals(RowMapper<T> mapper) {
        return sql.list("""
                SELECT p.currency AS currency, cur.decimals AS decimals, sum(p.amount) AS amount
                FROM pb_pay p JOIN currency cur ON cur.code = p.currency GROUP BY p.currency, cur.decimals ORDER BY p.currency""", mapper);
    }

    /**
     * The payments from line {@code from} on, at most {@code limit}, handed over as they are read:
     * columns {@code n, vendor_account, vendor_name, iban, bic, currency, decimals, amount,
     * invoice_ids} and, as {@link Concatenated} texts in settlement order, {@code reimbursements} and
     * {@code documents} (of the invoices no reimbursement made).
     */
    public void eachPayment(long from, long limit, Sql.RowConsumer consumer) {
        sql.each("""
                SELECT p.n AS n, v.account AS vendor_account, v.name AS vendor_name, v.iban AS iban, v.bic AS bic,
                       p.currency AS currency, cur.decimals AS decimals, p.amount AS amount,
                       """ + EngineSql.joined(engine, "i.id", "FROM pb_inv i WHERE i.pay = p.n", "i.k") + """
                        AS invoice_ids,
                       """ + EngineSql.joined(engine, "r.number", """
                            FROM pb_inv i JOIN reimbursement r ON r.vendor_transaction_id = i.id WHERE i.pay = p.n""", "i.k, r.number")
                + """
                        AS reimbursements,
                       """ + EngineSql.joined(engine, "t.document", """
                            FROM pb_inv i JOIN vendor_transaction t ON t.id = i.id WHERE i.pay = p.n AND i.reimbursement_id IS NULL""",
                "i.k") + """
                        AS documents
                FROM pb_pay p JOIN vendor v ON v.id = p.vendor_id JOIN currency cur ON cur.code = p.currency
                WHERE p.n >= ? ORDER BY p.n LIMIT ?""", consumer, from, limit);
    }

    /**
     * Every invoice of every payment, in payment and settlement order, for the creditor and remittance
     * each payment's file line carries: columns {@code n, vendor_name, iban, bic, document} (NULL where a
     * reimbursement stands behind the invoice) and {@code reimbursement} (NULL for none; an invoice
     * behind several comes once per reimbursement, by number). One pass down {@code pb_inv}'s
     * {@code (pay, k)} index: {@link #eachPayment}'s three subqueries per payment took 0.97 s for
     * 72,374 payments.
     */
    public void eachPaymentInvoice(Sql.RowConsumer consumer) {
        sql.each("""
                SELECT i.pay AS n, v.name AS vendor_name, v.iban AS iban, v.bic AS bic,
                       CASE WHEN i.reimbursement_id IS NULL THEN t.document END AS document, r.number AS reimbursement
                FROM pb_inv i
                JOIN pb_pay p ON p.n = i.pay
                JOIN vendor v ON v.id = p.vendor_id
                JOIN vendor_transaction t ON t.id = i.id
                LEFT JOIN reimbursement r ON r.vendor_transaction_id = i.id
                ORDER BY i.pay, i.k, r.number""", consumer);
    }

    /** What the file will carry for each payment, added while {@link #eachPaymentInvoice} reads: n, name, IBAN, BIC, remittance. */
    public Sql.Batch creditors() {
        sql.execute(EngineSql.createTempTable(engine, "pb_credit (n INTEGER PRIMARY KEY, creditor_name TEXT NOT NULL, "
                + "creditor_iban TEXT NOT NULL, creditor_bic TEXT, remittance TEXT NOT NULL)", false));
        return sql.batch("INSERT INTO pb_credit VALUES (?, ?, ?, ?, ?)", BATCH);
    }

    /**
     * Each invoice's part of its payment in accounting currency. A payment in the accounting currency
     * takes each invoice's amount, a payment of one invoice its whole amount; for the rest (a foreign
     * payment of several invoices) {@code split} is handed the rows in settlement order (columns
     * {@code id, pay, owed, amount, amount_acc}) and adds {@code id, paid_acc} to {@code parts}.
     */
    public void paymentParts(java.util.function.Consumer<Sql.Batch> split) {
        sql.update("UPDATE pb_inv SET paid_acc = owed FROM pb_pay p WHERE p.n = pb_inv.pay AND p.amount_acc = p.amount");
        sql.update("UPDATE pb_inv SET paid_acc = p.amount_acc FROM pb_pay p "
                + "WHERE p.n = pb_inv.pay AND p.invoice_count = 1 AND p.amount_acc <> p.amount");
        sql.execute(EngineSql.createTempTable(engine, "pb_part (id INTEGER PRIMARY KEY, paid_acc INTEGER NOT NULL)", false));
        try (Sql.Batch parts = sql.batch("INSERT INTO pb_part VALUES (?, ?)", BATCH)) {
            split.accept(parts);
        }
        sql.update("UPDATE pb_inv SET paid_acc = pp.paid_acc FROM pb_part pp WHERE pp.id = pb_inv.id");
    }

    /** The invoices of foreign payments of several invoices, in settlement order: {@code id, pay, owed, amount, amount_acc}. */
    public void eachSplitInvoice(Sql.RowConsumer consumer) {
        sql.each("""
                SELECT i.id AS id, i.pay AS pay, i.owed AS owed, p.amount AS amount, p.amount_acc AS amount_acc
                FROM pb_pay p JOIN pb_inv i ON i.pay = p.n
                WHERE p.invoice_count > 1 AND p.amount_acc <> p.amount ORDER BY i.pay, i.k""", consumer);
    }

    /** How many invoices the plan still holds. */
    public long invoices() {
        return sql.queryLong("SELECT count(*) FROM pb_inv");
    }
}
