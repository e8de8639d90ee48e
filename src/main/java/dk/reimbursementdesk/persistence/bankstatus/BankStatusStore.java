package dk.reimbursementdesk.persistence.bankstatus;

import dk.reimbursementdesk.domain.Reimbursement;
import dk.reimbursementdesk.domain.VendorSettlement;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The statements of the bank status import: imported reports, what each said about each payment,
 * and the payments a report names with their latest bank status. Payment rows handed to a mapper
 * have the columns {@code payment_id}, {@code end_to_end_id}, {@code batch_id}, {@code batch_number},
 * {@code payment_date}, {@code vendor_account}, {@code voucher_id}, {@code vendor_transaction_id},
 * {@code status}, {@code reason_code}, {@code reason_text} (the last three null before any answer).
 */
public final class BankStatusStore {

    private static final String PAYMENTS = """
            SELECT p.id AS payment_id, p.end_to_end_id, p.batch_id, b.number AS batch_number, b.payment_date,
                   v.account AS vendor_account, p.voucher_id, p.vendor_transaction_id,
                   s.status, s.reason_code, s.reason_text
            FROM payment p
            JOIN payment_batch b ON b.id = p.batch_id
            JOIN vendor v ON v.id = p.vendor_id
            LEFT JOIN payment_bank_status s ON s.id = (SELECT max(id) FROM payment_bank_status WHERE payment_id = p.id)
            """;

    private final UnitOfWork work;
    private final Sql sql;

    public BankStatusStore(UnitOfWork work) {
        this.work = work;
        this.sql = work.sql();
    }

    /** When a report with this message id was imported; empty if never. Column {@code imported_at}. */
    public Optional<String> importedAt(String messageId) {
        return sql.first("SELECT imported_at FROM bank_status_report WHERE message_id = ?", row -> row.text("imported_at"), messageId);
    }

    /** The payments with these EndToEndIds that exist; the caller sees which are missing. */
    public <T> List<T> paymentsByEndToEndId(Collection<String> endToEndIds, RowMapper<T> mapper) {
        if (endToEndIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(endToEndIds.size(), "?"));
        return sql.list(PAYMENTS + " WHERE p.end_to_end_id IN (" + marks + ") ORDER BY p.batch_id, p.line_no", mapper,
                endToEndIds.toArray());
    }

    /** Every payment of the batch with this number, in line order. */
    public <T> List<T> paymentsOfBatch(String batchNumber, RowMapper<T> mapper) {
        return sql.list(PAYMENTS + " WHERE b.number = ? ORDER BY p.line_no", mapper, batchNumber);
    }

    /** Batch id by number, for a report that names its batch only through the original message id. */
    public Optional<Long> batchId(String batchNumber) {
        return sql.first("SELECT id FROM payment_batch WHERE number = ?", row -> row.number("id"), batchNumber);
    }

    public long insertReport(String messageId, String messageName, String originalMessageId, String createdAt,
                             String importedAt, String fileName) {
        // RETURNING, which both engines know, rather than SQLite's last_insert_rowid().
        return sql.queryLong("""
                INSERT INTO bank_status_report (message_id, message_name, original_message_id, created_at, imported_at, file_name)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", messageId, messageName, originalMessageId, createdAt, importedAt, fileName);
    }

    public void insertStatus(long reportId, long paymentId, String status, String reasonCode, String reasonText,
                             Long reversalVoucherId) {
        sql.update("""
                INSERT INTO payment_bank_status (report_id, payment_id, status, reason_code, reason_text, reversal_voucher_id)
                VALUES (?, ?, ?, ?, ?, ?)""", reportId, paymentId, status, reasonCode, reasonText, reversalVoucherId);
    }

    /**
     * What an imported report said, payment by payment in file order: {@code end_to_end_id},
     * {@code status}, {@code reason_code}, {@code reason_text}.
     */
    public <T> List<T> statusesOfReport(String messageId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT p.end_to_end_id, s.status, s.reason_code, s.reason_text
                FROM payment_bank_status s
                JOIN bank_status_report r ON r.id = s.report_id
                JOIN payment p ON p.id = s.payment_id
                WHERE r.message_id = ? ORDER BY p.batch_id, p.line_no""", mapper, messageId);
    }

    /**
     * The latest bank status of each payment of a batch that has one, for the payment journal:
     * {@code end_to_end_id}, {@code status}, {@code reason_code}, {@code reason_text}.
     */
    public <T> List<T> latestOfBatch(long batchId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT p.end_to_end_id, s.status, s.reason_code, s.reason_text
                FROM payment p
                JOIN payment_bank_status s ON s.id = (SELECT max(id) FROM payment_bank_status WHERE payment_id = p.id)
                WHERE p.batch_id = ? ORDER BY p.line_no""", mapper, batchId);
    }

    /** The vendor settlements a voucher made, which a rejection takes back. */
    public List<VendorSettlement> vendorSettlementsOf(Voucher voucher) {
        return work.session().createSelectionQuery(
                        "from VendorSettlement s join fetch s.transaction where s.voucher = :v order by s.id", VendorSettlement.class)
                .setParameter("v", voucher)
                .getResultList();
    }

    /** The reimbursements whose vendor invoices a payment settled. */
    public List<Reimbursement> reimbursementsPaidBy(long paymentId) {
        // By the invoice the payment settled: that is what makes a reimbursement paid.
        List<Long> ids = sql.list("""
                SELECT r.id FROM payment_invoice pi JOIN reimbursement r ON r.vendor_transaction_id = pi.vendor_transaction_id
                WHERE pi.payment_id = ? ORDER BY r.id""", row -> row.number("id"), paymentId);
        return ids.stream().map(id -> work.find(Reimbursement.class, id)).toList();
    }
}
