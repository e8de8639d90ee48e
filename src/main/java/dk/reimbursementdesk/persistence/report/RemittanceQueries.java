package dk.reimbursementdesk.persistence.report;

import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;

/**
 * What a remittance advice tells the payee: the batch, each payment with the customer behind it, and
 * the invoices it paid with the reimbursement and credit documents each came from.
 */
public final class RemittanceQueries {

    private final Sql sql;

    public RemittanceQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** The batch id for a batch number ("PB-000001", any case); empty when there is none. */
    public Optional<Long> batchId(String number) {
        // Batch numbers are ASCII upper case: upper() is SQLite's NOCASE for them, on both engines.
        return sql.first("SELECT id FROM payment_batch WHERE number = upper(CAST(? AS text))", row -> row.number("id"), number);
    }

    /** Columns {@code id, number, payment_date, company_name}; empty for an unknown batch. */
    public <T> Optional<T> batch(long batchId, RowMapper<T> mapper) {
        return sql.first("""
                SELECT b.id, b.number, b.payment_date, le.name AS company_name
                FROM payment_batch b JOIN legal_entity le ON le.id = (SELECT min(id) FROM legal_entity)
                WHERE b.id = ?""", mapper, batchId);
    }

    /**
     * The batch's payments in file order: {@code payment_id, line_no, creditor_name, creditor_iban,
     * vendor_account, currency, decimals, amount} and the customer behind the payment's first
     * reimbursement ({@code customer_account, customer_name}, null when it paid no reimbursement).
     */
    public <T> List<T> payments(long batchId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT p.id AS payment_id, p.line_no, p.creditor_name, p.creditor_iban, v.account AS vendor_account,
                       p.currency, cur.decimals, p.amount, c.account AS customer_account, c.name AS customer_name
                FROM payment p
                JOIN vendor v ON v.id = p.vendor_id
                JOIN currency cur ON cur.code = p.currency
                LEFT JOIN customer c ON c.id = (SELECT r.customer_id FROM payment_invoice pi
                        JOIN reimbursement r ON r.vendor_transaction_id = pi.vendor_transaction_id
                        WHERE pi.payment_id = p.id ORDER BY r.number LIMIT 1)
                WHERE p.batch_id = ? ORDER BY p.line_no""", mapper, batchId);
    }

    /**
     * Every invoice the batch's payments settled, by payment and in posting order: {@code payment_id,
     * invoice_document, invoice_date, decimals, paid} (minor units), {@code reimbursement} and
     * {@code reimbursement_date} (null for an invoice that is not a reimbursement), and
     * {@code credit_documents}: the customer's credit documents the reimbursement settled, joined by
     * char(31) as in {@code persistence.payment.Concatenated} ({@link EngineSql#joined}).
     */
    public <T> List<T> settled(long batchId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT pi.payment_id, vt.document AS invoice_document, vt.transaction_date AS invoice_date,
                       cur.decimals, pi.amount AS paid, r.number AS reimbursement, r.posting_date AS reimbursement_date,
                       """ + EngineSql.joined(sql.engine(), "ct.document", """
                            FROM customer_settlement cs JOIN customer_transaction ct ON ct.id = cs.transaction_id
                            WHERE cs.voucher_id = r.voucher_id AND cs.transaction_id <> r.customer_transaction_id""",
                "ct.transaction_date, ct.id") + """
                        AS credit_documents
                FROM payment p
                JOIN payment_invoice pi ON pi.payment_id = p.id
                JOIN vendor_transaction vt ON vt.id = pi.vendor_transaction_id
                JOIN currency cur ON cur.code = p.currency
                LEFT JOIN reimbursement r ON r.vendor_transaction_id = pi.vendor_transaction_id
                WHERE p.batch_id = ? ORDER BY p.line_no, pi.id""", mapper, batchId);
    }
}
