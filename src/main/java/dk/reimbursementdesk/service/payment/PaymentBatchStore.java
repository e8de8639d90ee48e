package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payment batch tables (V6), written and read with plain SQL on the transaction's connection:
 * they are records of what was posted, never edited through an object graph, and the screens read
 * them as rows.
 */
final class PaymentBatchStore {

    private PaymentBatchStore() {
    }

    static String batchNumber(long id) {
        return String.format("PB-%06d", id);
    }

    static long insertBatch(Connection c, LocalDate date, String postedAt, String iban, String bic, int count) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM payment_batch");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO payment_batch (id, number, payment_date, posted_at, bank_iban, bank_bic, payment_count)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            s.setLong(1, id);
            s.setString(2, batchNumber(id));
            s.setString(3, date.toString());
            s.setString(4, postedAt);
            s.setString(5, iban);
            s.setString(6, bic);
            s.setInt(7, count);
            s.executeUpdate();
        }
        return id;
    }

    static long insertPayment(Connection c, long batchId, int lineNo, String endToEndId, ProposedPayment p, long vendorId,
                              long amountAcc, long voucherId, long transactionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO payment (batch_id, line_no, vendor_id, currency, amount, amount_acc, voucher_id,
                    vendor_transaction_id, end_to_end_id, creditor_name, creditor_iban, creditor_bic, remittance)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, batchId);
            s.setInt(2, lineNo);
            s.setLong(3, vendorId);
            s.setString(4, p.amount().currency());
            s.setLong(5, p.amount().minorUnits());
            s.setLong(6, amountAcc);
            s.setLong(7, voucherId);
            s.setLong(8, transactionId);
            s.setString(9, endToEndId);
            s.setString(10, p.vendorName());
            s.setString(11, dk.reimbursementdesk.domain.Iban.normalize(p.iban()));
            s.setString(12, BankAccountCheck.blankToNull(p.bic()));
            s.setString(13, p.remittance());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void insertInvoice(Connection c, long paymentId, long transactionId, long amount) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO payment_invoice (payment_id, vendor_transaction_id, amount) VALUES (?, ?, ?)")) {
            s.setLong(1, paymentId);
            s.setLong(2, transactionId);
            s.setLong(3, amount);
            s.executeUpdate();
        }
    }

    static void recordExport(Connection c, long batchId, int exportCount, String messageId, String version,
                             String exportedAt, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE payment_batch SET export_count = ?, message_id = ?, file_version = ?, exported_at = ?,
                    file_path = coalesce(?, file_path) WHERE id = ?""")) {
            s.setInt(1, exportCount);
            s.setString(2, messageId);
            s.setString(3, version);
            s.setString(4, exportedAt);
            s.setString(5, path);
            s.setLong(6, batchId);
            s.executeUpdate();
        }
    }

    /** All batches newest first, or just the one asked for. */
    static List<PaymentBatchSummary> summaries(Connection c, Long onlyId) throws SQLException {
        Map<Long, List<Money>> totals = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT p.batch_id, p.currency, cur.decimals, sum(p.amount) FROM payment p
                JOIN currency cur ON cur.code = p.currency
                WHERE ? IS NULL OR p.batch_id = ?
                GROUP BY p.batch_id, p.currency ORDER BY p.batch_id, p.currency""")) {
            s.setObject(1, onlyId);
            s.setObject(2, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    totals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(Money.ofMinor(rs.getLong(4), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        List<PaymentBatchSummary> batches = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, number, payment_date, posted_at, bank_iban, bank_bic, payment_count, export_count,
                       file_path, file_version, message_id, exported_at
                FROM payment_batch WHERE ? IS NULL OR id = ? ORDER BY id DESC""")) {
            s.setObject(1, onlyId);
            s.setObject(2, onlyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String path = rs.getString(9);
                    String exportedAt = rs.getString(12);
                    batches.add(new PaymentBatchSummary(id, rs.getString(2), LocalDate.parse(rs.getString(3)),
                            LocalDateTime.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getInt(7),
                            totals.getOrDefault(id, List.of()), rs.getInt(8), path == null ? null : Path.of(path),
                            rs.getString(10), rs.getString(11), exportedAt == null ? null : LocalDateTime.parse(exportedAt)));
                }
            }
        }
        return batches;
    }

    static List<PostedPayment> payments(Connection c, long batchId) throws SQLException {
        List<PostedPayment> payments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT p.line_no, p.end_to_end_id, v.account, p.creditor_name, p.creditor_iban, p.creditor_bic,
                       p.currency, cur.decimals, p.amount, p.amount_acc, acc.code, acc.decimals, vo.number, t.document,
                       (SELECT group_concat(document, char(31)) FROM (SELECT it.document FROM payment_invoice pi
                            JOIN vendor_transaction it ON it.id = pi.vendor_transaction_id
                            WHERE pi.payment_id = p.id ORDER BY pi.id)),
                       (SELECT group_concat(number, char(31)) FROM (SELECT r.number FROM payment_invoice pi
                            JOIN reimbursement r ON r.vendor_transaction_id = pi.vendor_transaction_id
                            WHERE pi.payment_id = p.id ORDER BY r.number)),
                       p.remittance
                FROM payment p
                JOIN vendor v ON v.id = p.vendor_id
                JOIN currency cur ON cur.code = p.currency
                JOIN voucher vo ON vo.id = p.voucher_id
                JOIN vendor_transaction t ON t.id = p.vendor_transaction_id
                JOIN legal_entity le ON le.id = (SELECT min(id) FROM legal_entity)
                JOIN currency acc ON acc.code = le.accounting_currency
                WHERE p.batch_id = ? ORDER BY p.line_no""")) {
            s.setLong(1, batchId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payments.add(new PostedPayment(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6),
                            Money.ofMinor(rs.getLong(9), rs.getString(7), rs.getInt(8)),
                            Money.ofMinor(rs.getLong(10), rs.getString(11), rs.getInt(12)),
                            rs.getString(13), rs.getString(14), split(rs.getString(15)), split(rs.getString(16)),
                            rs.getString(17)));
                }
            }
        }
        return payments;
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\u001f"));
    }
}
