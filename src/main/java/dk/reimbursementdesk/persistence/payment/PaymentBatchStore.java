package dk.reimbursementdesk.persistence.payment;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The payment batch tables (V6) read with plain SQL on the transaction's connection, and the record
 * of each file written: they are records of what was posted, never edited through an object graph,
 * and the screens read them as rows. Posting writes them set-based ({@link PaymentPostingStore}).
 */
public final class PaymentBatchStore {

    private final Sql sql;

    public PaymentBatchStore(UnitOfWork work) {
        this.sql = work.sql();
    }

    public static String batchNumber(long id) {
        return String.format("PB-%06d", id);
    }

    /** The id of the batch with this number, whatever its case. */
    public java.util.Optional<Long> idOf(String number) {
        return sql.first("SELECT id FROM payment_batch WHERE number = upper(CAST(? AS text))", row -> row.number("id"), number);
    }

    /**
     * Locks the batch's row until the unit ends (PostgreSQL; a file has one writer), so the export
     * count read after it is the committed one and two clerks writing the batch's file at once
     * number their exports 1, 2, ... without sharing one. Call it before the batch is read.
     */
    public void lockForExport(long batchId) {
        sql.first("SELECT id FROM payment_batch WHERE id = ?" + EngineSql.forUpdate(sql.engine()), row -> row.number("id"), batchId);
    }

    /** Records the latest file written for the batch; a null path keeps the path of an earlier file. */
    public void recordExport(long batchId, int exportCount, String messageId, String version, String exportedAt, String path) {
        sql.update("""
                UPDATE payment_batch SET export_count = ?, message_id = ?, file_version = ?, exported_at = ?,
                    file_path = coalesce(?, file_path) WHERE id = ?""",
                exportCount, messageId, version, exportedAt, path, batchId);
    }

    /** The total paid per batch and currency, for all batches or just the one asked for, currencies in order. */
    public Map<Long, List<Money>> totals(Long onlyId) {
        Map<Long, List<Money>> totals = new LinkedHashMap<>();
        sql.each("""
                SELECT p.batch_id AS batch_id, p.currency AS currency, cur.decimals AS decimals, sum(p.amount) AS total
                FROM payment p
                JOIN currency cur ON cur.code = p.currency
                WHERE CAST(? AS bigint) IS NULL OR p.batch_id = ?
                GROUP BY p.batch_id, p.currency, cur.decimals ORDER BY p.batch_id, p.currency""",
                row -> totals.computeIfAbsent(row.number("batch_id"), k -> new ArrayList<>())
                        .add(Money.ofMinor(row.number("total"), row.text("currency"), row.integer("decimals"))),
                onlyId, onlyId);
        return totals;
    }

    /**
     * All batches newest first, or just the one asked for, with columns {@code id, number, payment_date,
     * posted_at, bank_iban, bank_bic, payment_count, export_count, file_path, file_version, message_id,
     * exported_at}.
     */
    public <T> List<T> batches(Long onlyId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT id, number, payment_date, posted_at, bank_iban, bank_bic, payment_count, export_count,
                       file_path, file_version, message_id, exported_at
                FROM payment_batch WHERE CAST(? AS bigint) IS NULL OR id = ? ORDER BY id DESC""", mapper, onlyId, onlyId);
    }

    /** The first and the last payment of a batch in line order (one row for a batch of one): {@code end_to_end_id, voucher_number}. */
    public <T> List<T> ends(long batchId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT p.end_to_end_id AS end_to_end_id, vo.number AS voucher_number
                FROM payment p JOIN voucher vo ON vo.id = p.voucher_id
                WHERE p.batch_id = ? AND p.line_no IN ((SELECT min(line_no) FROM payment WHERE batch_id = ?),
                                                       (SELECT max(line_no) FROM payment WHERE batch_id = ?))
                ORDER BY p.line_no""", mapper, batchId, batchId, batchId);
    }

    /**
     * The payments of a batch in file order, with columns {@code line_no, end_to_end_id, vendor_account,
     * creditor_name, creditor_iban, creditor_bic, currency, decimals, amount, amount_acc, accounting_currency,
     * accounting_decimals, voucher_number, payment_document} and, as {@link Concatenated} texts,
     * {@code invoice_documents, reimbursements}, then {@code remittance}.
     */
    public <T> List<T> payments(long batchId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT p.line_no AS line_no, p.end_to_end_id AS end_to_end_id, v.account AS vendor_account,
                       p.creditor_name AS creditor_name, p.creditor_iban AS creditor_iban, p.creditor_bic AS creditor_bic,
                       p.currency AS currency, cur.decimals AS decimals, p.amount AS amount, p.amount_acc AS amount_acc,
                       acc.code AS accounting_currency, acc.decimals AS accounting_decimals, vo.number AS voucher_number,
                       t.document AS payment_document,
                       """ + EngineSql.joined(sql.engine(), "it.document", """
                            FROM payment_invoice pi JOIN vendor_transaction it ON it.id = pi.vendor_transaction_id
                            WHERE pi.payment_id = p.id""", "pi.id") + """
                        AS invoice_documents,
                       """ + EngineSql.joined(sql.engine(), "r.number", """
                            FROM payment_invoice pi JOIN reimbursement r ON r.vendor_transaction_id = pi.vendor_transaction_id
                            WHERE pi.payment_id = p.id""", "r.number") + """
                        AS reimbursements,
                       p.remittance AS remittance
                FROM payment p
                JOIN vendor v ON v.id = p.vendor_id
                JOIN currency cur ON cur.code = p.currency
                JOIN voucher vo ON vo.id = p.voucher_id
                JOIN vendor_transaction t ON t.id = p.vendor_transaction_id
                JOIN legal_entity le ON le.id = (SELECT min(id) FROM legal_entity)
                JOIN currency acc ON acc.code = le.accounting_currency
                WHERE p.batch_id = ? ORDER BY p.line_no""", mapper, batchId);
    }

    /**
     * The transfers of a batch for its payment file, handed over as they are read: columns {@code
     * end_to_end_id, currency, decimals, amount, creditor_name, creditor_iban, creditor_bic, remittance}.
     * In file order: by block, the blocks in the order of their first payment, and by line within
     * one, which is the order of the writer's payment information blocks (one per currency and
     * scheme; the batch has one date). A payment is in the SEPA scheme when it is in {@code
     * sepaCurrency} and its creditor IBAN begins with one of {@code sepaIbanPrefixes}: the same rule
     * as the writer's, so its blocks come together. One query per block, each read down {@code
     * payment_batch_currency_idx} ({@code V23}) in line order: nothing is sorted and no row held, so
     * the writer's two passes over 72,000 transfers cost two index walks, not two sorts of the batch.
     */
    public void transfers(long batchId, String sepaCurrency, Collection<String> sepaIbanPrefixes, Sql.RowConsumer consumer) {
        // 1 for a SEPA payment, 0 for the rest; the prefixes as parameters, one each (none: no payment is SEPA).
        String prefixes = sepaIbanPrefixes.isEmpty() ? "NULL" : sepaIbanPrefixes.stream().map(p -> "?").collect(Collectors.joining(", "));
        String sepa = "(CASE WHEN p.currency = ? AND substr(p.creditor_iban, 1, 2) IN (" + prefixes + ") THEN 1 ELSE 0 END)";
        List<Object> sepaParameters = new ArrayList<>();
        sepaParameters.add(sepaCurrency);
        sepaParameters.addAll(sepaIbanPrefixes);
        List<Object> blockParameters = new ArrayList<>(sepaParameters);
        blockParameters.add(batchId);
        List<Object[]> blocks = sql.list("SELECT p.currency AS currency, " + sepa + " AS sepa FROM payment p WHERE p.batch_id = ?"
                        + " GROUP BY p.currency, sepa ORDER BY min(p.line_no)",
                row -> new Object[] {row.text("currency"), row.integer("sepa")}, blockParameters.toArray());
        for (Object[] block : blocks) {
            List<Object> parameters = new ArrayList<>(List.of(batchId, block[0]));
            parameters.addAll(sepaParameters);
            parameters.add(block[1]);
            sql.each("""
                    SELECT p.end_to_end_id AS end_to_end_id, p.currency AS currency, cur.decimals AS decimals, p.amount AS amount,
                           p.creditor_name AS creditor_name, p.creditor_iban AS creditor_iban, p.creditor_bic AS creditor_bic,
                           p.remittance AS remittance
                    FROM payment p
                    JOIN currency cur ON cur.code = p.currency
                    WHERE p.batch_id = ? AND p.currency = ? AND\s""" + sepa + """
                     = ?
                    ORDER BY p.line_no""", consumer, parameters.toArray());
        }
    }
}
