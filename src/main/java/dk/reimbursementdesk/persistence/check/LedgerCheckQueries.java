package dk.reimbursementdesk.persistence.check;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;

/**
 * The ledger check's statements, each over the whole file, each returning only what is wrong (the
 * integrity check excepted: SQLite says "ok" when all is well). The caller turns each row into a
 * sentence; each method names the columns it hands over.
 */
public final class LedgerCheckQueries {

    /** The two subledgers, which keep their open amounts differently. */
    public enum Side {
        /** A customer transaction's open amounts are its open item's (none: closed, zero). */
        CUSTOMER("customer", "ar_control_account_id", "customer_open_item", "coalesce(o.open_amount, 0)",
                "coalesce(o.open_amount_acc, 0)",
                // By the whole key, as the posting code finds it: an item filed under another customer or
                // currency is not this transaction's (the agreement check names it).
                "LEFT JOIN customer_open_item o ON o.customer_id = t.customer_id AND o.currency = t.currency "
                        + "AND o.transaction_id = t.id "),
        /** A vendor transaction still carries its own open amounts. */
        VENDOR("vendor", "ap_control_account_id", "vendor_transaction", "t.open_amount", "t.open_amount_acc", "");

        private final String party;
        private final String accountColumn;
        private final String openItems;
        private final String open;
        private final String openAcc;
        private final String openJoin;

        Side(String party, String accountColumn, String openItems, String open, String openAcc, String openJoin) {
            this.party = party;
            this.accountColumn = accountColumn;
            this.openItems = openItems;
            this.open = open;
            this.openAcc = openAcc;
            this.openJoin = openJoin;
        }
    }

    private final Sql sql;

    public LedgerCheckQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** The decimals of the accounting currency; 2 when no company is set up. */
    public int accountingDecimals() {
        return sql.first("SELECT cur.decimals FROM legal_entity e JOIN currency cur ON cur.code = e.accounting_currency LIMIT 1",
                row -> row.integer("decimals")).orElse(2);
    }

    /** Vouchers whose debits and credits differ or that have no lines: {@code number}, {@code debit}, {@code credit}. */
    public <T> List<T> unbalancedVouchers(RowMapper<T> mapper) {
        return sql.list("""
                SELECT v.number AS number, coalesce(sum(l.debit), 0) AS debit, coalesce(sum(l.credit), 0) AS credit
                FROM voucher v LEFT JOIN voucher_line l ON l.voucher_id = v.id
                GROUP BY v.id, v.number HAVING coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) OR count(l.id) = 0""", mapper);
    }

    /**
     * The control account's balance ({@code control}) and the sum of the subledger's open amounts in
     * accounting currency ({@code open_items}), always one row.
     */
    public <T> T controlTotals(Side side, RowMapper<T> mapper) {
        return sql.first("SELECT (SELECT coalesce(sum(l.debit - l.credit), 0) FROM voucher_line l WHERE l.account_id = "
                + "(SELECT " + side.accountColumn + " FROM parameters WHERE id = 1)) AS control, "
                + "(SELECT coalesce(sum(open_amount_acc), 0) FROM " + side.openItems + ") AS open_items", mapper).orElseThrow();
    }

    /**
     * Transactions whose open amount is not their amount less their settlements, or lies outside
     * zero and the amount: {@code document}, {@code id}.
     */
    public <T> List<T> openMismatches(Side side, RowMapper<T> mapper) {
        return sql.list("SELECT t.document AS document, t.id AS id FROM " + side.party + "_transaction t " + side.openJoin
                + "LEFT JOIN (SELECT transaction_id, sum(amount) AS settled, sum(amount_acc) AS settled_acc FROM "
                + side.party + "_settlement GROUP BY transaction_id) s ON s.transaction_id = t.id "
                + "WHERE t.amount - coalesce(s.settled, 0) <> " + side.open + " "
                + "OR t.amount_acc - coalesce(s.settled_acc, 0) <> " + side.openAcc + " "
                + "OR (t.amount > 0 AND (" + side.open + " < 0 OR " + side.open + " > t.amount)) "
                + "OR (t.amount < 0 AND (" + side.open + " > 0 OR " + side.open + " < t.amount))", mapper);
    }

    /**
     * Settlements that do not net to zero per voucher, party and currency: {@code number} (the
     * voucher's), {@code party_id}, {@code currency}, {@code amount}.
     */
    public <T> List<T> unbalancedSettlements(Side side, RowMapper<T> mapper) {
        return sql.list("SELECT v.number AS number, t." + side.party + "_id AS party_id, t.currency AS currency, "
                + "sum(s.amount) AS amount FROM " + side.party + "_settlement s "
                + "JOIN " + side.party + "_transaction t ON t.id = s.transaction_id JOIN voucher v ON v.id = s.voucher_id "
                + "GROUP BY s.voucher_id, v.number, t." + side.party + "_id, t.currency HAVING sum(s.amount) <> 0", mapper);
    }

    /**
     * Customer open items whose customer, currency or date differ from their transaction's:
     * {@code document}, {@code id} (the transaction's), {@code item_customer}, {@code item_currency},
     * {@code item_date}, {@code customer}, {@code currency}, {@code transaction_date}; customers by
     * account, or by id when there is no such customer.
     */
    public <T> List<T> openItemMismatches(RowMapper<T> mapper) {
        return sql.list("""
                SELECT t.document AS document, t.id AS id, coalesce(c.account, CAST(o.customer_id AS TEXT)) AS item_customer,
                       o.currency AS item_currency, o.transaction_date AS item_date,
                       coalesce(tc.account, CAST(t.customer_id AS TEXT)) AS customer, t.currency AS currency,
                       t.transaction_date AS transaction_date
                FROM customer_open_item o JOIN customer_transaction t ON t.id = o.transaction_id
                LEFT JOIN customer c ON c.id = o.customer_id LEFT JOIN customer tc ON tc.id = t.customer_id
                WHERE o.customer_id <> t.customer_id OR o.currency <> t.currency OR o.transaction_date <> t.transaction_date""",
                mapper);
    }

    /**
     * References to rows that do not exist (SQLite's foreign-key check): {@code table_name},
     * {@code row_id} (NULL for a table without row ids, whose rows are counted in {@code row_count}
     * instead), {@code parent}, {@code from_columns} (the referring columns).
     *
     * <p>On PostgreSQL, which has no such check, the same rows come from one join per foreign key of
     * the schema (read from {@code pg_constraint}): every referring row whose columns are all set and
     * name no parent row. The server enforces its foreign keys on every write, so this finds rows only
     * where they were turned off by hand; it is the same question asked the same way, not a file check.
     */
    public <T> List<T> danglingReferences(RowMapper<T> mapper) {
        if (sql.engine() == Engine.POSTGRESQL) {
            return danglingReferencesByJoin(mapper);
        }
        return sql.list("""
                SELECT fk."table" AS table_name, fk.rowid AS row_id, fk.parent AS parent, count(*) AS row_count,
                       (SELECT group_concat(l."from", ', ') FROM pragma_foreign_key_list(fk."table") l WHERE l.id = fk.fkid)
                           AS from_columns
                FROM pragma_foreign_key_check fk
                GROUP BY fk."table", fk.fkid, fk.rowid, fk.parent
                ORDER BY fk."table", fk.rowid""", mapper);
    }

    private <T> List<T> danglingReferencesByJoin(RowMapper<T> mapper) {
        record ForeignKey(String table, String parent, List<String> columns, List<String> parentColumns, boolean rowIds) {
        }
        List<ForeignKey> keys = sql.list("""
                SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS parent,
                       (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS from_columns,
                       (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                            JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS to_columns,
                       EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'id' AND NOT a.attisdropped)
                           AS row_ids
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE c.contype = 'f' AND n.nspname = current_schema()
                ORDER BY 1, c.conname""", row -> new ForeignKey(row.text("table_name"), row.text("parent"),
                List.of(row.text("from_columns").split(",")), List.of(row.text("to_columns").split(",")), row.flag("row_ids")));
        List<T> found = new java.util.ArrayList<>();
        for (ForeignKey key : keys) {
            StringBuilder set = new StringBuilder();
            StringBuilder on = new StringBuilder();
            for (int i = 0; i < key.columns().size(); i++) {
                set.append(i == 0 ? "" : " AND ").append("x.").append(key.columns().get(i)).append(" IS NOT NULL");
                on.append(i == 0 ? "" : " AND ").append("p.").append(key.parentColumns().get(i)).append(" = x.").append(key.columns().get(i));
            }
            String from = " FROM " + key.table() + " x LEFT JOIN " + key.parent() + " p ON " + on + " WHERE " + set
                    + " AND p." + key.parentColumns().get(0) + " IS NULL";
            String columns = "CAST(? AS text) AS table_name, %s AS row_id, CAST(? AS text) AS parent, %s AS row_count, "
                    + "CAST(? AS text) AS from_columns";
            String select = key.rowIds()
                    ? "SELECT " + columns.formatted("x.id", "1") + from + " ORDER BY x.id"
                    : "SELECT " + columns.formatted("CAST(NULL AS bigint)", "count(*)") + from + " HAVING count(*) > 0";
            found.addAll(sql.list(select, mapper, key.table(), key.parent(), String.join(", ", key.columns())));
        }
        return found;
    }

    /**
     * SQLite's integrity check: "ok", or one line per problem. A PostgreSQL server keeps its own
     * files whole; there the ledger check is the sums, the subledgers and the references above.
     */
    public List<String> integrity() {
        if (sql.engine() == Engine.POSTGRESQL) {
            return List.of("ok");
        }
        return sql.list("PRAGMA integrity_check", row -> row.text("integrity_check"));
    }
}
