package dk.reimbursementdesk.persistence.demo;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the synthetic ledger generator writes: reference data, then customers and vendors with batched
 * JDBC, and transactions staged in a temporary table in chunks and moved into vouchers, voucher lines,
 * customer transactions and their open items with set-based SQL (four statements per chunk: far fewer
 * JDBC calls than a row per table).
 */
public final class SyntheticLedgerStore {

    /** The accounts a transaction's voucher posts to, and how its vouchers are numbered. */
    public record Postings(long arAccount, long salesAccount, long bankAccount, long returnsAccount,
                           String voucherPrefix, int voucherWidth, long firstVoucher) {
    }

    /** The highest ids in the ledger, which the generated rows count on from. */
    public record LastIds(long voucher, long transaction, long vendor, long customer) {
    }

    /** The generator sends its batches itself, parents first, so they never flush on their own. */
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private final Sql sql;

    public SyntheticLedgerStore(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** True when the ledger has no customers and no vouchers. */
    public boolean isEmpty() {
        return sql.queryLong("SELECT count(*) FROM customer") == 0 && sql.queryLong("SELECT count(*) FROM voucher") == 0;
    }

    /** Adds a currency unless the ledger has it. */
    public void addCurrency(String code, String name, int decimals) {
        sql.update("INSERT INTO currency (code, name, decimals) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", code, name, decimals);
    }

    /** Adds an exchange rate unless the ledger has one for the currency and date. */
    public void addRate(String currency, LocalDate validFrom, BigDecimal rate) {
        sql.update("INSERT INTO exchange_rate (currency, valid_from, rate) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                currency, validFrom, rate.toPlainString());
    }

    /** Adds a customer group unless the ledger has it, and returns its id either way. */
    public long customerGroup(String code, String name) {
        sql.update("INSERT INTO customer_group (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING", code, name);
        return sql.queryLong("SELECT id FROM customer_group WHERE code = ?", code);
    }

    /** Adds a vendor group unless the ledger has it, and returns its id either way. */
    public long vendorGroup(String code, String name) {
        sql.update("INSERT INTO vendor_group (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING", code, name);
        return sql.queryLong("SELECT id FROM vendor_group WHERE code = ?", code);
    }

    public LastIds lastIds() {
        return new LastIds(sql.highestId("voucher"),
                sql.highestId("customer_transaction"),
                sql.highestId("vendor"),
                sql.highestId("customer"));
    }

    /**
     * A writer of generated rows: transaction {@code seq} (from 1) becomes voucher and customer
     * transaction {@code last + seq}. The caller ends each chunk with {@link Rows#move}.
     */
    public Rows rows(Postings postings, LastIds last, LocalDateTime postedAt) {
        Engine engine = sql.engine();
        sql.execute(EngineSql.dropTempTable(engine, "gen_tx"));
        sql.execute(EngineSql.createTempTable(engine, "gen_tx (seq INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, "
                + "account TEXT NOT NULL, type TEXT NOT NULL, day DATE NOT NULL, document TEXT NOT NULL, "
                + "currency TEXT NOT NULL, amount INTEGER NOT NULL, amount_acc INTEGER NOT NULL)", false));
        return new Rows(sql, engine, postings, last, postedAt.toString());
    }

    public static final class Rows implements AutoCloseable {
        private final Sql sql;
        private final Sql.Batch vendors;
        private final Sql.Batch customers;
        private final Sql.Batch staged;
        private final String voucherPrefix;
        private final String postedAt;
        private final String moveVouchers;
        private final String moveLines;
        private final String moveTransactions;
        private final String moveOpenItems;

        /** A voucher line's debit and credit of {@code amount_acc}: the positive part, and of its negation. */
        private static final String DEBIT = "CASE WHEN amount_acc > 0 THEN amount_acc ELSE 0 END";
        private static final String CREDIT = "CASE WHEN amount_acc < 0 THEN -amount_acc ELSE 0 END";

        private Rows(Sql sql, Engine engine, Postings p, LastIds last, String postedAt) {
            this.sql = sql;
            this.voucherPrefix = p.voucherPrefix();
            this.postedAt = postedAt;
            long voucherBase = last.voucher();
            long transactionBase = last.transaction();
            moveVouchers = "INSERT INTO voucher (id, number, posting_date, description, reverses_voucher_id, posted_at) "
                    + "SELECT " + voucherBase + " + seq, ? || " + EngineSql.zeroPadded(engine, p.firstVoucher() + " + seq - 1", p.voucherWidth())
                    + ", "
                    + "day, type || ' ' || document || ' ' || account, NULL, ? FROM gen_tx ORDER BY seq";
            // AR control against sales (invoice), bank (payment) or sales returns (credit note); debits positive.
            moveLines = "INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount, description) "
                    + "SELECT " + voucherBase + " + seq, " + p.arAccount() + ", " + DEBIT + ", " + CREDIT + ", currency, amount, NULL "
                    + "FROM gen_tx UNION ALL "
                    + "SELECT " + voucherBase + " + seq, CASE type WHEN 'INVOICE' THEN " + p.salesAccount() + " WHEN 'PAYMENT' THEN "
                    + p.bankAccount() + " ELSE " + p.returnsAccount() + " END, " + CREDIT + ", " + DEBIT + ", currency, -amount, NULL FROM gen_tx";
            moveTransactions = "INSERT INTO customer_transaction (id, customer_id, voucher_id, type, transaction_date, "
                    + "due_date, document, currency, amount, amount_acc) "
                    + "SELECT " + transactionBase + " + seq, customer_id, " + voucherBase + " + seq, type, day, "
                    + "CASE WHEN type = 'INVOICE' THEN " + EngineSql.plusDays(engine, "day", 30) + " END, document, currency, amount, amount_acc "
                    + "FROM gen_tx ORDER BY seq";
            // Every transaction is open for all of it (one that scaled to zero in a currency without
            // decimals is closed: it has no open item). seq runs customer by customer, each customer in
            // one currency, so seq order is the open items' key order and every insert appends.
            moveOpenItems = "INSERT INTO customer_open_item (customer_id, currency, transaction_id, "
                    + "transaction_date, open_amount, open_amount_acc) "
                    + "SELECT customer_id, currency, " + transactionBase + " + seq, day, amount, amount_acc "
                    + "FROM gen_tx WHERE amount <> 0 ORDER BY seq";
            vendors = sql.batch("INSERT INTO vendor (id, account, name, group_id, currency, iban, bic, one_time) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)", UNBOUNDED);
            customers = sql.batch("INSERT INTO customer (id, account, name, group_id, currency, iban, bic, vendor_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UNBOUNDED);
            staged = sql.batch("INSERT INTO gen_tx VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", UNBOUNDED);
        }

        public void vendor(long id, String account, String name, long groupId, String currency, String iban, String bic) {
            vendors.add(id, account, name, groupId, currency, iban, bic);
        }

        /** A customer; {@code vendorId} null for none. */
        public void customer(long id, String account, String name, long groupId, String currency, String iban, String bic,
                             Long vendorId) {
            customers.add(id, account, name, groupId, currency, iban, bic, vendorId);
        }

        /** A transaction of the customer with that id and account; {@code type} as CustomerTransactionType names it. */
        public void transaction(long seq, long customerId, String account, String type, LocalDate day, String document,
                                String currency, long amount, long amountAcc) {
            staged.add(seq, customerId, account, type, day, document, currency, amount, amountAcc);
        }

        /** Sends the chunk: the parties, then the staged transactions moved into the ledger. */
        public void move() {
            // Parents first: the foreign keys are checked row by row.
            vendors.flush();
            customers.flush();
            staged.flush();
            sql.update(moveVouchers, voucherPrefix, postedAt);
            sql.update(moveLines);
            sql.update(moveTransactions);
            sql.update(moveOpenItems);
            sql.update("DELETE FROM gen_tx");
        }

        @Override
        public void close() {
            try {
                vendors.close();
            } finally {
                try {
                    customers.close();
                } finally {
                    staged.close();
                }
            }
        }
    }
}
