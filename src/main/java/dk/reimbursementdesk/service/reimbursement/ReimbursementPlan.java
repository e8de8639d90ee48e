package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.SqlPredicate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules 1 to 3 and 6 of the Reimbursement process as set-based SQL, shared by the preview and the
 * run: it leaves the run's decisions in temporary tables of the run's own connection, which the
 * preview reads and the run posts from. Temporary tables live outside the ledger file, so building
 * a plan writes nothing a rollback would have to undo.
 *
 * <ul>
 *   <li>{@code rb_sel}: the selected customers (rule 1).</li>
 *   <li>{@code rb_bal}: per selected customer and currency with open items dated on or before the
 *       posting date, the balance, its accounting-currency open amount and its debits (rule 2).</li>
 *   <li>{@code rb_cur}: per currency with a credit, the smallest credit that reaches the minimum
 *       (rule 3; {@link CurrencyTerms} keeps the rate and decimals on the Java side).</li>
 *   <li>{@code rb_newvendor}: the customers a one-time vendor will be made for (rule 4).</li>
 *   <li>{@code rb_group}: one row per reimbursement to post, numbered in the order of customer
 *       account, currency and credit document (rules 3 and 6).</li>
 * </ul>
 */
final class ReimbursementPlan {

    private static final String[] TABLES = {"rb_sel", "rb_bal", "rb_cur", "rb_group", "rb_newvendor"};

    private final Connection c;
    private final LocalDate postingDate;
    private final boolean summarize;
    private final String accountingCurrency;
    private final Map<String, CurrencyTerms> terms = new TreeMap<>();
    /** No ranges: every customer is selected. */
    private boolean everyone;

    ReimbursementPlan(Connection c, LocalDate postingDate, boolean summarize, String accountingCurrency) {
        this.c = c;
        this.postingDate = postingDate;
        this.summarize = summarize;
        this.accountingCurrency = accountingCurrency;
    }

    Map<String, CurrencyTerms> terms() {
        return terms;
    }

    /** A connection could hold an earlier plan's tables if it were ever reused; start clean. */
    private void dropTables() throws SQLException {
        for (String table : TABLES) {
            Jdbc.execute(c, "DROP TABLE IF EXISTS temp." + table);
        }
    }

    /** Rule 1: the customers the selection names; all of them when it has no ranges. */
    void select(SqlPredicate selection, boolean everyone) throws SQLException {
        dropTables();
        Jdbc.execute(c, "CREATE TEMP TABLE rb_sel (customer_id INTEGER PRIMARY KEY)");
        Jdbc.update(c, "INSERT INTO rb_sel SELECT c.id FROM " + CustomerQueryFields.FROM + " WHERE " + selection.sql(),
                selection.parameters().toArray());
        this.everyone = everyone;
    }

    /** Rule 2: balances per customer and currency over open items dated on or before the posting date. */
    void balances() throws SQLException {
        Jdbc.execute(c, """
                CREATE TEMP TABLE rb_bal (
                    customer_id INTEGER NOT NULL, currency TEXT NOT NULL,
                    balance INTEGER NOT NULL, balance_acc INTEGER NOT NULL, debits INTEGER NOT NULL,
                    PRIMARY KEY (customer_id, currency)) WITHOUT ROWID""");
        // Without ranges every customer is selected, so the membership test would only cost time.
        Jdbc.update(c, """
                INSERT INTO rb_bal
                SELECT t.customer_id, t.currency, sum(t.open_amount), sum(t.open_amount_acc), sum(max(t.open_amount, 0))
                FROM customer_open_item t
                WHERE t.transaction_date <= ?"""
                + (everyone ? "" : " AND t.customer_id IN (SELECT customer_id FROM rb_sel)")
                + " GROUP BY t.customer_id, t.currency", postingDate);
    }

    /** The currencies someone selected has a credit in, with their decimals: the ones rule 3 needs a rate for. */
    Map<String, Integer> creditCurrencies() throws SQLException {
        Map<String, Integer> decimals = new TreeMap<>();
        Jdbc.query(c, "SELECT DISTINCT b.currency, cur.decimals FROM rb_bal b JOIN currency cur ON cur.code = b.currency WHERE b.balance < 0",
                List.of(), rs -> decimals.put(rs.getString(1), rs.getInt(2)));
        return decimals;
    }

    /** Rule 3's rates and thresholds, one row per currency with a credit. */
    void currencies(List<CurrencyTerms> currencyTerms) throws SQLException {
        Jdbc.execute(c, "CREATE TEMP TABLE rb_cur (currency TEXT PRIMARY KEY, threshold INTEGER NOT NULL)");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rb_cur VALUES (?, ?)")) {
            for (CurrencyTerms t : currencyTerms) {
                terms.put(t.code(), t);
                insert.setString(1, t.code());
                insert.setLong(2, t.threshold());
                insert.executeUpdate();
            }
        }
    }

    private static final String QUALIFIES =
            " b.balance < 0 AND -b.balance >= (SELECT r.threshold FROM rb_cur r WHERE r.currency = b.currency) ";

    /**
     * Rules 3 and 6: the reimbursements to post. Summarized, one per qualifying customer and currency.
     * Not summarized, the customer's debits are first set off against its credits oldest first, and
     * every credit document with something left makes one reimbursement of what is left ({@code k}
     * counts them per customer and currency). The first of them also carries the settlement of the
     * debits and of the credits they used up, so together they settle exactly what a summarized one
     * would.
     */
    void groups() throws SQLException {
        Jdbc.execute(c, """
                CREATE TEMP TABLE rb_group (
                    grp INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, currency TEXT NOT NULL,
                    k INTEGER NOT NULL, source_id INTEGER, credit INTEGER NOT NULL,
                    credit_acc INTEGER, ar_acc INTEGER, vendor_id INTEGER, source_open_acc INTEGER)""");
        if (summarize) {
            Jdbc.update(c, """
                    INSERT INTO rb_group (grp, customer_id, currency, k, source_id, credit, ar_acc, vendor_id)
                    SELECT row_number() OVER (ORDER BY c.account, b.currency), b.customer_id, b.currency, 1, NULL,
                           -b.balance, -b.balance_acc, c.vendor_id
                    FROM rb_bal b JOIN customer c ON c.id = b.customer_id
                    WHERE """ + QUALIFIES);
        } else {
            // One window pass numbers the credits oldest first and sums them; the documents with
            // something left after the debits are a suffix of that order (the running sum only
            // grows), so k is renumbered from 1 afterwards instead of by a second sorted pass.
            Jdbc.update(c, """
                    INSERT INTO rb_group (grp, customer_id, currency, k, source_id, credit, vendor_id, source_open_acc)
                    SELECT row_number() OVER (ORDER BY c.account, y.currency, y.rn), y.customer_id, y.currency, y.rn,
                           y.id, y.remaining, c.vendor_id, y.open_acc
                    FROM (SELECT t.transaction_id AS id, t.customer_id, t.currency, t.open_amount_acc AS open_acc,
                                 row_number() OVER oldest_first AS rn,
                                 min(-t.open_amount, sum(-t.open_amount) OVER oldest_first - b.debits) AS remaining
                          -- CROSS JOIN keeps rb_bal outermost (SQLite does not reorder it): the qualifying
                          -- balances each read their own key range instead of every open item probing rb_bal.
                          FROM rb_bal b
                          CROSS JOIN customer_open_item t ON t.customer_id = b.customer_id AND t.currency = b.currency
                          WHERE t.open_amount < 0 AND t.transaction_date <= ? AND """ + QUALIFIES + """
                          WINDOW oldest_first AS (PARTITION BY t.customer_id, t.currency
                                                  ORDER BY t.transaction_date, t.transaction_id ROWS UNBOUNDED PRECEDING)) y
                    JOIN customer c ON c.id = y.customer_id
                    WHERE y.remaining > 0""", postingDate);
        }
        Jdbc.execute(c, "CREATE INDEX temp.rb_group_cc ON rb_group (customer_id, currency, k)");
        Jdbc.execute(c, "CREATE INDEX temp.rb_group_source ON rb_group (source_id)");
        if (!summarize) {
            Jdbc.update(c, """
                    UPDATE rb_group SET k = rb_group.k + 1 - f.first
                    FROM (SELECT customer_id, currency, min(k) AS first FROM rb_group GROUP BY customer_id, currency) f
                    WHERE f.customer_id = rb_group.customer_id AND f.currency = rb_group.currency AND f.first > 1""");
            // A later document's reimbursement settles just that document (all of what is open of it,
            // since the debits were used up by the earlier ones); the first one settles the rest.
            Jdbc.update(c, "UPDATE rb_group SET ar_acc = -source_open_acc WHERE k > 1");
            Jdbc.update(c, """
                    UPDATE rb_group SET ar_acc =
                        -(SELECT b.balance_acc FROM rb_bal b WHERE b.customer_id = rb_group.customer_id AND b.currency = rb_group.currency)
                        - coalesce((SELECT sum(g.ar_acc) FROM rb_group g
                                    WHERE g.customer_id = rb_group.customer_id AND g.currency = rb_group.currency AND g.k > 1), 0)
                    WHERE k = 1""");
        }
        convert();
        Jdbc.execute(c, "CREATE TEMP TABLE rb_newvendor (customer_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
        Jdbc.update(c, """
                INSERT INTO rb_newvendor
                SELECT customer_id, row_number() OVER (ORDER BY min(grp)) FROM rb_group WHERE vendor_id IS NULL GROUP BY customer_id""");
    }

    /**
     * The credit in accounting currency at the run's rate. The accounting currency converts at 1
     * with its own decimals, so SQL copies it; the few foreign rows go through the one rounding rule.
     */
    private void convert() throws SQLException {
        Jdbc.update(c, "UPDATE rb_group SET credit_acc = credit WHERE currency = ?", accountingCurrency);
        List<long[]> converted = new ArrayList<>();
        Jdbc.query(c, "SELECT grp, currency, credit FROM rb_group WHERE currency <> ?", List.of(accountingCurrency),
                rs -> converted.add(new long[] {rs.getLong(1), terms.get(rs.getString(2)).toAccounting(rs.getLong(3))}));
        try (PreparedStatement update = c.prepareStatement("UPDATE rb_group SET credit_acc = ? WHERE grp = ?")) {
            for (long[] row : converted) {
                update.setLong(1, row[1]);
                update.setLong(2, row[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    long count(String table) throws SQLException {
        return Jdbc.queryLong(c, "SELECT count(*) FROM " + table);
    }
}
