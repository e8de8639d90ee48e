package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.LegalEntity;
import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a transaction import reads and writes besides its voucher: the open debits a credit in the file
 * may settle, and the new customer transactions, their open items and settlements, written a hundred
 * rows per statement because a file has a million of them.
 */
public final class TransactionImportStore {

    /** Rows from which rebuilding a table's indexes beats maintaining them row by row. */
    private static final long BULK_THRESHOLD = 50_000;

    /** Statements per JDBC batch: large enough to amortize the calls, small enough to keep memory flat. */
    private static final int BATCH = 5_000;

    private final UnitOfWork work;
    private final Sql sql;

    public TransactionImportStore(UnitOfWork work) {
        this.work = work;
        this.sql = work.sql();
    }

    /** The id after the highest customer transaction's, so new ones can be numbered without a round trip each. */
    public long nextTransactionId() {
        return sql.highestId("customer_transaction") + 1;
    }

    /** Every customer transaction's document as {@code customer_id}, {@code document}. */
    public void eachDocument(Sql.RowConsumer consumer) {
        sql.each("SELECT customer_id, document FROM customer_transaction", consumer);
    }

    /**
     * Every open debit item as {@code id}, {@code customer_id}, {@code type}, {@code transaction_date},
     * {@code due_date}, {@code document}, {@code currency}, {@code amount}, {@code amount_acc},
     * {@code open_amount} and {@code open_amount_acc}.
     */
    public void eachOpenDebit(Sql.RowConsumer consumer) {
        // The narrow table, read whole in key order, and the transaction fetched only for an open debit.
        sql.each("""
                SELECT t.id AS id, o.customer_id AS customer_id, t.type AS type, o.transaction_date AS transaction_date,
                       t.due_date AS due_date, t.document AS document, o.currency AS currency, t.amount AS amount,
                       t.amount_acc AS amount_acc, o.open_amount AS open_amount, o.open_amount_acc AS open_amount_acc
                FROM customer_open_item o JOIN customer_transaction t ON t.id = o.transaction_id
                WHERE o.open_amount > 0""", consumer);
    }

    /**
     * The number of new transactions from which {@link #dropTransactionIndexesForBulkInsert} drops the
     * indexes: the bulk threshold, or the rows the table holds when it holds more. A writer that gets its
     * rows while they are still being read holds them back until it has this many, or the last.
     */
    public long rowsForBulkInsert() {
        return Math.max(BULK_THRESHOLD, sql.queryLong("SELECT count(*) FROM customer_transaction"));
    }

    /** Whether inserting {@code rows} new transactions is a bulk insert: at least the threshold, and at least the rows there are. */
    private boolean isBulk(long rows) {
        return rows >= BULK_THRESHOLD && sql.queryLong("SELECT count(*) FROM customer_transaction") <= rows;
    }

    /** The tables a transactions import writes its many rows into. */
    private static final List<String> WRITTEN = List.of("customer_transaction", "customer_open_item", "customer_settlement");

    /**
     * PostgreSQL's counterpart of SQLite's bulk unit without foreign-key probes
     * ({@code Ledger.inBulkTransaction}): for a bulk insert (the rule of
     * {@link #dropTransactionIndexesForBulkInsert}), the foreign keys of customer_transaction,
     * customer_open_item and customer_settlement are dropped inside the import's transaction and
     * {@link SuspendedReferences#restore added again} after its last row. PostgreSQL checks a foreign
     * key row by row, a trigger and a query per reference after each inserted row: for a million
     * transactions (customer, voucher, currency), half a million open items and as many settlements
     * the checks were most of the import's time (see docs/benchmarks.md). Adding a key again checks
     * every row of the table in one join, so nothing goes unchecked: a dangling reference fails the
     * import and rolls it back whole, keys and all (PostgreSQL's DDL is transactional). The price:
     * dropping a key locks its table ACCESS EXCLUSIVE until the import commits, so another clerk's
     * read of these three tables waits for the import (writers waited already: the posting lock, and
     * {@code Sql.highestId}'s EXCLUSIVE lock). Small imports keep their keys; SQLite has nothing to do.
     */
    public SuspendedReferences suspendReferencesForBulkInsert(long rows) {
        if (sql.engine() != Engine.POSTGRESQL || !isBulk(rows)) {
            return new SuspendedReferences(sql, Map.of());
        }
        Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
        for (String table : WRITTEN) {
            List<String> drops = new ArrayList<>();
            List<String> definitions = new ArrayList<>();
            sql.each("SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint"
                    + " WHERE contype = 'f' AND conrelid = CAST(? AS regclass) ORDER BY conname", row -> {
                        drops.add("DROP CONSTRAINT \"" + row.text("name") + "\"");
                        definitions.add("ADD CONSTRAINT \"" + row.text("name") + "\" " + row.text("definition"));
                    }, table);
            if (!drops.isEmpty()) {
                sql.execute("ALTER TABLE " + table + " " + String.join(", ", drops));
                keys.put(table, definitions);
            }
        }
        return new SuspendedReferences(sql, keys);
    }

    /** Foreign keys dropped for a bulk insert, by table. */
    public static final class SuspendedReferences {
        private final Sql sql;
        private final Map<String, List<String>> keys;

        private SuspendedReferences(Sql sql, Map<String, List<String>> keys) {
            this.sql = sql;
            this.keys = keys;
        }

        public int count() {
            return keys.values().stream().mapToInt(List::size).sum();
        }

        /** Adds the keys again, one statement per table; PostgreSQL checks each against the whole table. */
        public void restore() {
            keys.forEach((table, definitions) -> sql.execute("ALTER TABLE " + table + " " + String.join(", ", definitions)));
        }
    }

    /**
     * For a bulk insert that at least doubles customer_transaction: drops the table's indexes, to be
     * made again by {@link BulkIndexes#restore}. Building an index once from sorted keys is several
     * times faster than growing it row by row, and SQLite's DDL is transactional, so a refused or
     * failed import rolls the indexes back as they were. Drops nothing for small inserts.
     */
    public BulkIndexes dropTransactionIndexesForBulkInsert(long rows) {
        String table = "customer_transaction";
        // SQLite's trick; PostgreSQL's COPY keeps its indexes (see docs/architecture.md for the figures).
        if (sql.engine() == Engine.POSTGRESQL || !isBulk(rows)) {
            return new BulkIndexes(sql, List.of());
        }
        List<String> indexes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        // Only indexes made by CREATE INDEX have their SQL; those behind UNIQUE constraints stay.
        sql.each("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", row -> {
            names.add(row.text("name"));
            indexes.add(row.text("sql"));
        }, table);
        for (String name : names) {
            sql.execute("DROP INDEX \"" + name + "\"");
        }
        return new BulkIndexes(sql, indexes);
    }

    /** Indexes dropped for a bulk insert. */
    public static final class BulkIndexes {
        private final Sql sql;
        private final List<String> statements;

        private BulkIndexes(Sql sql, List<String> statements) {
            this.sql = sql;
            this.statements = statements;
        }

        public int count() {
            return statements.size();
        }

        public void restore() {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /**
     * A writer of new customer transactions, all on {@code voucherId}; closing it writes the rows still
     * pending. On PostgreSQL by COPY, where each row carries the voucher id; {@link TransactionRows#pause}
     * before any other statement on the unit's connection between rows.
     */
    public TransactionRows transactionRows(long voucherId) {
        String[] columns = {"id", "customer_id", "voucher_id", "type", "transaction_date", "due_date", "document", "currency",
                "amount", "amount_acc"};
        if (CopyWriter.chosen(sql)) {
            // Sent as the file is read; paused for the statements the import runs between rows (a new currency).
            return new TransactionRows(new CopyWriter(sql.connection(), "customer_transaction", columns), voucherId);
        }
        return new TransactionRows(RowInserter.withConstants(sql.connection(), "customer_transaction",
                Map.of("voucher_id", voucherId), columns), null);
    }

    public static final class TransactionRows extends InsertedRows {
        /** The voucher id to write in each row; null where the writer has it in its statement. */
        private final Long voucherId;

        private TransactionRows(RowWriter insert, Long voucherId) {
            super(insert);
            this.voucherId = voucherId;
        }

        /** Lets the unit run another statement between rows (on PostgreSQL the COPY ends and the next row begins another). */
        public void pause() {
            insert.pause();
        }

        /** After a failure or refusal, before the rollback: a COPY in progress is cancelled. */
        public void abandon() {
            insert.abandon();
        }

        /** One transaction; dates as ISO text, {@code dueDate} null for none. */
        public void add(long id, long customerId, CustomerTransactionType type, String date, String dueDate,
                        String document, String currency, long amount, long amountAcc) {
            insert.value(id).value(customerId);
            if (voucherId != null) {
                insert.value(voucherId.longValue());
            }
            insert.value(type.name()).value(date).value(dueDate).value(document)
                    .value(currency).value(amount).value(amountAcc).endRow();
        }
    }

    /**
     * A writer of the open items of transactions just written, to be given in the table's key order
     * (customer, currency, date, transaction) so that the rows append. On SQLite customer, currency
     * and date are taken from the transaction row, so they cannot differ from it, and the rows bind
     * three numbers each instead of six values with two texts. On PostgreSQL the six values are copied
     * straight into the table: a COPY row costs little more for three more columns, where copying three
     * into a temporary table and joining it to the million transactions cost a pass over both.
     */
    public OpenItemRows openItemRows() {
        if (CopyWriter.chosen(sql)) {
            return new OpenItemRows(new CopyWriter(sql.connection(), "customer_open_item", "transaction_id", "customer_id", "currency",
                    "transaction_date", "open_amount", "open_amount_acc"), true);
        }
        return new OpenItemRows(new RowInserter(sql.connection(), "customer_open_item",
                "INSERT INTO customer_open_item (customer_id, currency, transaction_id, transaction_date, open_amount,"
                        + " open_amount_acc) SELECT t.customer_id, t.currency, t.id, t.transaction_date, v.column2, v.column3"
                        + " FROM (VALUES ",
                // CROSS JOIN keeps the given rows outermost, so they are inserted in the order given.
                ") v CROSS JOIN customer_transaction t WHERE t.id = v.column1", 3), false);
    }

    public static final class OpenItemRows extends InsertedRows {
        /** Whether the writer takes customer, currency and date too, or has them from the transaction. */
        private final boolean whole;

        private OpenItemRows(RowWriter insert, boolean whole) {
            super(insert);
            this.whole = whole;
        }

        /** The open item of a transaction just written: its customer, currency and date (ISO text) as written there. */
        public void add(long transactionId, long customerId, String currency, String date, long open, long openAcc) {
            insert.value(transactionId);
            if (whole) {
                insert.value(customerId).value(currency).value(date);
            }
            insert.value(open).value(openAcc).endRow();
        }
    }

    /**
     * A writer of settlement rows, all on {@code voucherId}. customer_settlement keeps only its index
     * by voucher, and every row here has the import's voucher (the newest) and a new, higher row id:
     * each index insert is an append, cheaper than dropping the index and sorting it back.
     */
    public SettlementRows settlementRows(long voucherId) {
        String[] columns = {"voucher_id", "transaction_id", "amount", "amount_acc"};
        return new SettlementRows(CopyWriter.chosen(sql)
                ? new CopyWriter(sql.connection(), "customer_settlement", columns)
                : new RowInserter(sql.connection(), "customer_settlement", columns), voucherId);
    }

    public static final class SettlementRows extends InsertedRows {
        private final long voucherId;

        private SettlementRows(RowWriter insert, long voucherId) {
            super(insert);
            this.voucherId = voucherId;
        }

        public void add(long transactionId, long amount, long amountAcc) {
            insert.value(voucherId).value(transactionId).value(amount).value(amountAcc).endRow();
        }
    }

    /** Changes to open items already in the ledger, each by the whole key (customer, currency, date, transaction): one seek. */
    public OpenItemUpdates openItemUpdates() {
        return new OpenItemUpdates(
                sql.batch("UPDATE customer_open_item SET open_amount = ?, open_amount_acc = ?"
                        + " WHERE customer_id = ? AND currency = ? AND transaction_date = ? AND transaction_id = ?", BATCH),
                sql.batch("DELETE FROM customer_open_item"
                        + " WHERE customer_id = ? AND currency = ? AND transaction_date = ? AND transaction_id = ?", BATCH));
    }

    public static final class OpenItemUpdates implements AutoCloseable {
        private final Sql.Batch update;
        private final Sql.Batch delete;

        private OpenItemUpdates(Sql.Batch update, Sql.Batch delete) {
            this.update = update;
            this.delete = delete;
        }

        /** Lowers an open item to what is still open. */
        public void lower(long customerId, String currency, LocalDate date, long transactionId, long open, long openAcc) {
            update.add(open, openAcc, customerId, currency, date, transactionId);
        }

        /** Removes an open item settled to zero: having none is what closed means. */
        public void remove(long customerId, String currency, LocalDate date, long transactionId) {
            delete.add(customerId, currency, date, transactionId);
        }

        @Override
        public void close() {
            try {
                update.close();
            } finally {
                delete.close();
            }
        }
    }
}
