package dk.reimbursementdesk.persistence.writeoff;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.reimbursement.NumberBlock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Posts the small credits of {@code wo_credit} ({@link SmallCreditStore}) as set-based SQL: per row k
 * one voucher (Dr AR control / Cr the small-credit write-off account, with what the credit is open for
 * in the accounting currency), one WRITE_OFF customer transaction settled whole on it, the settlement
 * of every open item of that customer and currency dated on or before the posting date, those items
 * closed, and the write-off record. Ids are the largest id so far plus k, so rows point at each other
 * without reading keys back (the ledger lock keeps other writers out). Runs in the caller's
 * transaction; the voucher guard checks the vouchers before it commits.
 */
public final class WriteOffPostingStore {

    /** What the statements need from the parameters: the date, accounts by id, the number blocks. */
    public record Setup(LocalDate postingDate, LocalDateTime postedAt, String writtenBy, long arControl, long writeOffAccount,
                        NumberBlock vouchers, NumberBlock writeOffs) {
    }

    private final Sql sql;
    private final Engine engine;
    private final Setup s;
    private final long voucherBase;
    private final long customerTxBase;
    private final long writeOffBase;
    private final String woNumber;

    public WriteOffPostingStore(UnitOfWork work, Setup setup) {
        this.sql = work.sql();
        this.engine = sql.engine();
        this.s = setup;
        voucherBase = sql.highestId("voucher");
        customerTxBase = sql.highestId("customer_transaction");
        writeOffBase = sql.highestId("write_off");
        woNumber = s.writeOffs().sql(engine, "w.k");
    }

    /** Every step, in order. */
    public void post() {
        sql.update("INSERT INTO voucher (id, number, posting_date, description, reverses_voucher_id, posted_at) "
                        + "SELECT ? + w.k, " + s.vouchers().sql(engine, "w.k") + ", " + EngineSql.dateParameter(engine)
                        + ", 'WRITE_OFF ' || " + woNumber + " || ' ' || c.account, NULL, CAST(? AS text) "
                        + "FROM wo_credit w JOIN customer c ON c.id = w.customer_id ORDER BY w.k",
                voucherBase, s.vouchers().prefix(), s.postingDate(), s.writeOffs().prefix(), s.postedAt());
        // Debit lines carry positive amounts; a credit open for a negative accounting amount (a rare
        // exchange effect) turns both lines round.
        sql.update("INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount, description) "
                        + "SELECT ? + w.k, CAST(? AS bigint), " + positive("w.credit_acc") + ", " + positive("-w.credit_acc")
                        + ", w.currency, w.credit, CAST(NULL AS text) FROM wo_credit w "
                        + "UNION ALL SELECT ? + w.k, CAST(? AS bigint), " + positive("-w.credit_acc") + ", " + positive("w.credit_acc")
                        + ", w.currency, -w.credit, NULL FROM wo_credit w",
                voucherBase, s.arControl(), voucherBase, s.writeOffAccount());
        sql.update("INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, due_date, document, "
                        + "currency, amount, amount_acc) "
                        + "SELECT ? + w.k, w.customer_id, ? + w.k, 'WRITE_OFF', " + EngineSql.dateParameter(engine) + ", NULL, " + woNumber
                        + ", w.currency, w.credit, w.credit_acc "
                        + "FROM wo_credit w ORDER BY w.k",
                customerTxBase, voucherBase, s.postingDate(), s.writeOffs().prefix());
        sql.update("INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc) "
                + "SELECT ? + w.k, t.transaction_id, t.open_amount, t.open_amount_acc FROM wo_credit w "
                + "JOIN customer_open_item t ON t.customer_id = w.customer_id AND t.currency = w.currency "
                + "WHERE t.transaction_date <= ? ORDER BY w.k, t.transaction_date, t.transaction_id", voucherBase, s.postingDate());
        sql.update("INSERT INTO customer_settlement (voucher_id, transaction_id, amount, amount_acc) "
                + "SELECT ? + w.k, ? + w.k, w.credit, w.credit_acc FROM wo_credit w ORDER BY w.k", voucherBase, customerTxBase);
        sql.update("DELETE FROM customer_open_item WHERE transaction_date <= ? "
                + "AND (customer_id, currency) IN (SELECT customer_id, currency FROM wo_credit)", s.postingDate());
        sql.update("INSERT INTO write_off (id, number, customer_id, currency, amount, amount_acc, posting_date, oldest_credit, "
                        + "voucher_id, customer_transaction_id, status, reversal_voucher_id, written_by, written_at) "
                        + "SELECT ? + w.k, " + woNumber + ", w.customer_id, w.currency, w.credit, w.credit_acc, " + EngineSql.dateParameter(engine)
                        + ", w.oldest, ? + w.k, ? + w.k, 'OPEN', NULL, CAST(? AS text), CAST(? AS text) FROM wo_credit w ORDER BY w.k",
                writeOffBase, s.writeOffs().prefix(), s.postingDate(), voucherBase, customerTxBase, s.writtenBy(), s.postedAt());
    }

    /** The amount when above zero, else zero. */
    private String positive(String amount) {
        return EngineSql.greatest(engine, amount, "0");
    }

    /** The numbers of the write-offs just posted, by k: columns {@code k, number, voucher}. */
    public <T> java.util.List<T> posted(dk.reimbursementdesk.persistence.RowMapper<T> mapper) {
        return sql.list("SELECT w.k, o.number, v.number AS voucher FROM wo_credit w JOIN write_off o ON o.id = ? + w.k "
                + "JOIN voucher v ON v.id = o.voucher_id ORDER BY w.k", mapper, writeOffBase);
    }

}
