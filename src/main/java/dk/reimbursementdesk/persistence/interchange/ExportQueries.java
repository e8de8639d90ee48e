package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;

/**
 * The rows of each export, in the order the file lists them, streamed (a million transactions are
 * never held at once). Each method names the columns it hands over.
 */
public final class ExportQueries {

    private final Sql sql;

    public ExportQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** {@code account}, {@code name}, {@code group_code}, {@code currency}, {@code vendor_account}, {@code iban}, {@code bic}. */
    public void eachCustomer(Sql.RowConsumer consumer) {
        sql.each("""
                SELECT c.account AS account, c.name AS name, g.code AS group_code, c.currency AS currency,
                       v.account AS vendor_account, c.iban AS iban, c.bic AS bic
                FROM customer c JOIN customer_group g ON g.id = c.group_id LEFT JOIN vendor v ON v.id = c.vendor_id
                ORDER BY c.account, c.id""", consumer);
    }

    /** {@code account}, {@code name}, {@code group_code}, {@code currency}, {@code iban}, {@code bic}, {@code one_time}. */
    public void eachVendor(Sql.RowConsumer consumer) {
        sql.each("""
                SELECT v.account AS account, v.name AS name, g.code AS group_code, v.currency AS currency, v.iban AS iban,
                       v.bic AS bic, v.one_time AS one_time
                FROM vendor v JOIN vendor_group g ON g.id = v.group_id ORDER BY v.account, v.id""", consumer);
    }

    /**
     * {@code customer}, {@code transaction_date}, {@code type}, {@code document}, {@code amount} (unsigned
     * minor units), {@code currency}, {@code open_amount} (zero when closed), {@code due_date}.
     */
    public void eachCustomerTransaction(Sql.RowConsumer consumer) {
        sql.each("""
                SELECT c.account AS customer, t.transaction_date AS transaction_date, t.type AS type, t.document AS document,
                       abs(t.amount) AS amount, t.currency AS currency, coalesce(o.open_amount, 0) AS open_amount,
                       t.due_date AS due_date
                FROM customer_transaction t JOIN customer c ON c.id = t.customer_id
                LEFT JOIN customer_open_item o
                       ON o.customer_id = t.customer_id AND o.currency = t.currency AND o.transaction_id = t.id
                ORDER BY c.account, t.transaction_date, t.id""", consumer);
    }

    /** {@code currency}, {@code valid_from}, {@code rate}. */
    public void eachRate(Sql.RowConsumer consumer) {
        sql.each("SELECT currency, valid_from, rate FROM exchange_rate ORDER BY currency, valid_from", consumer);
    }

    /** Each customer's non-zero open balance per currency: {@code customer}, {@code currency}, {@code balance}. */
    public void eachBalance(Sql.RowConsumer consumer) {
        sql.each("""
                SELECT c.account AS customer, o.currency AS currency, sum(o.open_amount) AS balance
                FROM customer_open_item o JOIN customer c ON c.id = o.customer_id
                GROUP BY o.customer_id, c.account, o.currency HAVING sum(o.open_amount) <> 0
                ORDER BY c.account, o.currency""", consumer);
    }
}
