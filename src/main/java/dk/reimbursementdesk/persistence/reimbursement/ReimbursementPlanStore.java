package dk.reimbursementdesk.persistence.reimbursement;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.persistence.AccountMatch;
import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.FieldCriteria;
import dk.reimbursementdesk.persistence.query.QuerySource;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The temporary tables of a reimbursement plan, in the unit of work's own connection: the preview
 * reads them ({@link PreviewQueries}) and the run posts from them ({@link ReimbursementPostingStore}).
 * Temporary tables live outside the ledger file, so building a plan writes nothing a rollback would
 * have to undo; a transaction keeps its one connection until it ends, so they stay visible to every
 * later step of the same transaction.
 *
 * <ul>
 *   <li>{@code rb_sel}: the selected customers.</li>
 *   <li>{@code rb_bal}: per selected customer and currency with open items dated on or before the
 *       posting date, the balance, its accounting-currency open amount and its debits.</li>
 *   <li>{@code rb_cur}: per currency with a credit, the smallest credit that is reimbursed.</li>
 *   <li>{@code rb_newvendor}: the customers a one-time vendor will be made for.</li>
 *   <li>{@code rb_group}: one row per reimbursement to post, numbered in the order of customer
 *       account, currency and credit document.</li>
 *   <li>{@code rb_amount}: the reimbursements whose amount the clerk lowered, with the credit they
 *       were proposed for; empty in an ordinary run.</li>
 *   <li>{@code rb_part}: for those only, what each open item is settled for: the debits whole, the
 *       credits oldest first up to the debits plus the lowered amount, the last one partly.</li>
 * </ul>
 */
public final class ReimbursementPlanStore {

    /** Converts a credit in minor units of a foreign currency into accounting-currency minor units. */
    @FunctionalInterface
    public interface Conversion {
        long toAccounting(String currency, long minor);
    }

    private static final String[] TABLES = {"rb_sel", "rb_bal", "rb_cur", "rb_group", "rb_newvendor", "rb_amount", "rb_part"};
    private static final int BATCH = 1_000;

    private final UnitOfWork work;
    private final Sql sql;
    private final Engine engine;
    /** No criteria: every customer is selected. */
    private boolean everyone;

    public ReimbursementPlanStore(UnitOfWork work) {
        this.work = work;
        this.sql = work.sql();
        this.engine = sql.engine();
    }

    /**
     * A connection could hold an earlier plan's tables if it were ever reused; start clean. (On
     * PostgreSQL they are dropped at commit, see {@link EngineSql#createTempTable}; a second plan in
     * the same transaction, as a preview's lowered amounts take, finds them still there.)
     */
    private void dropTables() {
        for (String table : TABLES) {
            sql.execute(EngineSql.dropTempTable(engine, table));
        }
    }

    private void createTable(String definition) {
        sql.execute(EngineSql.createTempTable(engine, definition, false));
    }

    /** The customers the criteria select; all of them without criteria. */
    public void selectCustomers(List<FieldCriteria> criteria) {
        dropTables();
        SqlPredicate selection = CriteriaSql.where(engine, criteria);
        createTable("rb_sel (customer_id INTEGER PRIMARY KEY)");
        sql.update("INSERT INTO rb_sel SELECT c.id FROM " + QuerySource.CUSTOMERS.from() + " WHERE " + selection.sql(),
                selection.parameters().toArray());
        this.everyone = criteria.isEmpty();
    }

    /** Balances per selected customer and currency over open items dated on or before the posting date. */
    public void balances(LocalDate postingDate) {
        sql.execute(EngineSql.createTempTable(engine, """
                rb_bal (
                    customer_id INTEGER NOT NULL, currency TEXT NOT NULL,
                    balance INTEGER NOT NULL, balance_acc INTEGER NOT NULL, debits INTEGER NOT NULL,
                    PRIMARY KEY (customer_id, currency))""", true));
        // Without ranges every customer is selected, so the membership test would only cost time.
        sql.update("""
                INSERT INTO rb_bal
                SELECT t.customer_id, t.currency, sum(t.open_amount), sum(t.open_amount_acc), sum(%s)
                FROM customer_open_item t
                WHERE t.transaction_date <= ?""".formatted(EngineSql.greatest(engine, "t.open_amount", "0"))
                + (everyone ? "" : " AND t.customer_id IN (SELECT customer_id FROM rb_sel)")
                + " GROUP BY t.customer_id, t.currency", postingDate);
    }

    /** The currencies a selected customer has a credit in, with their decimals. */
    public Map<String, Integer> creditCurrencies() {
        Map<String, Integer> decimals = new TreeMap<>();
        sql.each("SELECT DISTINCT b.currency, cur.decimals FROM rb_bal b JOIN currency cur ON cur.code = b.currency WHERE b.balance < 0",
                row -> decimals.put(row.text("currency"), row.integer("decimals")));
        return decimals;
    }

    /** Per currency with a credit, the smallest credit (in its minor units) that is reimbursed. */
    public void thresholds(Map<String, Long> thresholdByCurrency) {
        createTable("rb_cur (currency TEXT PRIMARY KEY, threshold INTEGER NOT NULL)");
        for (Map.Entry<String, Long> entry : thresholdByCurrency.entrySet()) {
            sql.update("INSERT INTO rb_cur VALUES (?, ?)", entry.getKey(), entry.getValue());
        }
    }

    /** A credit that reaches the minimum, of a customer not on hold ({@code customer_hold}, issue 13). */
    private static final String QUALIFIES =
            " b.balance < 0 AND -b.balance >= (SELECT r.threshold FROM rb_cur r WHERE r.currency = b.currency)"
            + " AND NOT EXISTS (SELECT 1 FROM customer_hold h WHERE h.customer_id = b.customer_id) ";

    /**
     * The reimbursements to post, and the customers that need a one-time vendor. Summarized, one per
     * qualifying customer and currency. Not summarized, the customer's debits are first set off against
     * its credits oldest first, and every credit document with something left makes one reimbursement
     * of what is left ({@code k} counts them per customer and currency). The first of them also carries
     * the settlement of the debits and of the credits they used up, so together they settle exactly what
     * a summarized one would. Credits in the accounting currency convert at 1; the others through
     * {@code conversion}.
     */
    public void groups(LocalDate postingDate, boolean summarize, String accountingCurrency, Conversion conversion) {
        createTable("""
                rb_group (
                    grp INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, currency TEXT NOT NULL,
                    k INTEGER NOT NULL, source_id INTEGER, credit INTEGER NOT NULL,
                    credit_acc INTEGER, ar_acc INTEGER, vendor_id INTEGER, source_open_acc INTEGER)""");
        if (summarize) {
            sql.update("""
                    INSERT INTO rb_group (grp, customer_id, currency, k, source_id, credit, ar_acc, vendor_id)
                    SELECT row_number() OVER (ORDER BY c.account, b.currency), b.customer_id, b.currency, 1, NULL,
                           -b.balance, -b.balance_acc, c.vendor_id
                    FROM rb_bal b JOIN customer c ON c.id = b.customer_id
                    WHERE """ + QUALIFIES);
        } else {
            // One window pass numbers the credits oldest first and sums them; the documents with
            // something left after the debits are a suffix of that order (the running sum only
            // grows), so k is renumbered from 1 afterwards instead of by a second sorted pass.
            sql.update("""
                    INSERT INTO rb_group (grp, customer_id, currency, k, source_id, credit, vendor_id, source_open_acc)
                    SELECT row_number() OVER (ORDER BY c.account, y.currency, y.rn), y.customer_id, y.currency, y.rn,
                           y.id, y.remaining, c.vendor_id, y.open_acc
                    FROM (SELECT t.transaction_id AS id, t.customer_id, t.currency, t.open_amount_acc AS open_acc,
                                 row_number() OVER oldest_first AS rn,
                                 %s AS remaining
                          -- CROSS JOIN keeps rb_bal outermost (SQLite does not reorder it): the qualifying
                          -- balances each read their own key range instead of every open item probing rb_bal.
                          FROM rb_bal b
                          %s customer_open_item t ON t.customer_id = b.customer_id AND t.currency = b.currency
                          WHERE t.open_amount < 0 AND t.transaction_date <= ? AND """.formatted(
                                  EngineSql.least(engine, "-t.open_amount", "sum(-t.open_amount) OVER oldest_first - b.debits"),
                                  EngineSql.outerFirstJoin(engine)) + QUALIFIES + """
                          WINDOW oldest_first AS (PARTITION BY t.customer_id, t.currency
                                                  ORDER BY t.transaction_date, t.transaction_id ROWS UNBOUNDED PRECEDING)) y
                    JOIN customer c ON c.id = y.customer_id
                    WHERE y.remaining > 0""", postingDate);
        }
        sql.execute(EngineSql.createTempIndex(engine, "rb_group_cc", "rb_group", "customer_id, currency, k"));
        sql.execute(EngineSql.createTempIndex(engine, "rb_group_source", "rb_group", "source_id"));
        if (!summarize) {
            sql.update("""
                    UPDATE rb_group SET k = rb_group.k + 1 - f.first
                    FROM (SELECT customer_id, currency, min(k) AS first FROM rb_group GROUP BY customer_id, currency) f
                    WHERE f.customer_id = rb_group.customer_id AND f.currency = rb_group.currency AND f.first > 1""");
            // A later document's reimbursement settles just that document (all of what is open of it,
            // since the debits were used up by the earlier ones); the first one settles the rest.
            sql.update("UPDATE rb_group SET ar_acc = -source_open_acc WHERE k > 1");
            sql.update("""
                    UPDATE rb_group SET ar_acc =
                        -(SELECT b.balance_acc FROM rb_bal b WHERE b.customer_id = rb_group.customer_id AND b.currency = rb_group.currency)
                        - coalesce((SELECT sum(g.ar_acc) FROM rb_group g
                                    WHERE g.customer_id = rb_group.customer_id AND g.currency = rb_group.currency AND g.k > 1), 0)
                    WHERE k = 1""");
        }
        convert(accountingCurrency, conversion, "");
        createTable("rb_newvendor (customer_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
        sql.update("""
                INSERT INTO rb_newvendor
                SELECT customer_id, row_number() OVER (ORDER BY min(grp)) FROM rb_group WHERE vendor_id IS NULL GROUP BY customer_id""");
    }

    /**
     * The credit in accounting currency. The accounting currency converts at 1 with its own
     * decimals, so SQL copies it; the few foreign rows go through the caller's rounding rule.
     */
    private void convert(String accountingCurrency, Conversion conversion, String onlyGroups) {
        sql.update("UPDATE rb_group SET credit_acc = credit WHERE currency = ?" + onlyGroups, accountingCurrency);
        List<long[]> converted = new ArrayList<>();
        sql.each("SELECT grp, currency, credit FROM rb_group WHERE currency <> ?" + onlyGroups,
                row -> converted.add(new long[] {row.number("grp"), conversion.toAccounting(row.text("currency"), row.number("credit"))}),
                accountingCurrency);
        try (Sql.Batch update = sql.batch("UPDATE rb_group SET credit_acc = ? WHERE grp = ?", BATCH)) {
            for (long[] row : converted) {
                update.add(row[1], row[0]);
            }
        }
    }

    /** The id of the customer with this account (as {@link AccountMatch} finds it), if there is one. */
    public Optional<Long> customerId(String account) {
        return AccountMatch.find(work.session(), Customer.class, account).map(Customer::getId);
    }

    /**
     * The planned reimbursement of one customer and currency, if the plan has one: columns {@code grp},
     * {@code credit} (minor units), {@code decimals} and {@code threshold} (the smallest credit
     * reimbursed, minor units); one row per credit document when not summarized.
     */
    public <T> List<T> planned(long customerId, String currency, RowMapper<T> mapper) {
        return sql.list("""
                SELECT g.grp, g.credit, cur.decimals, r.threshold FROM rb_group g
                JOIN currency cur ON cur.code = g.currency JOIN rb_cur r ON r.currency = g.currency
                WHERE g.customer_id = ? AND g.currency = ? ORDER BY g.grp""", mapper, customerId, currency);
    }

    /**
     * Lowers the summarized reimbursements {@code lowered} names ({@code grp} to amount in minor
     * units, each checked by the caller to lie between the threshold and the credit): each then
     * settles the customer's debits whole and its credits oldest first up to the debits plus the
     * amount, the last of them partly, so the rest stays open as a credit. The accounting-currency
     * part of a partly settled item is proportional ({@link ExchangeConversion#proportionalPart}).
     * Creates {@code rb_amount} and {@code rb_part} even when nothing is lowered, so the posting
     * can ask them; then it costs nothing more.
     */
    public void lower(Map<Long, Long> lowered, LocalDate postingDate, String accountingCurrency, Conversion conversion) {
        createTable("""
                rb_amount (
                    grp INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, currency TEXT NOT NULL,
                    amount INTEGER NOT NULL, full_credit INTEGER NOT NULL)""");
        createTable("""
                rb_part (
                    grp INTEGER NOT NULL, customer_id INTEGER NOT NULL, currency TEXT NOT NULL, transaction_date DATE NOT NULL,
                    transaction_id INTEGER NOT NULL, open_amount INTEGER NOT NULL, open_acc INTEGER NOT NULL,
                    part INTEGER NOT NULL, part_acc INTEGER,
                    PRIMARY KEY (customer_id, currency, transaction_date, transaction_id))""");
        if (lowered.isEmpty()) {
            return;
        }
        for (Map.Entry<Long, Long> entry : lowered.entrySet()) {
            sql.update("INSERT INTO rb_amount SELECT g.grp, g.customer_id, g.currency, ?, g.credit FROM rb_group g WHERE g.grp = ?",
                    entry.getValue(), entry.getKey());
        }
        // running: the credits up to and including this item; what the credits before it used of the
        // budget is running + open_amount (open_amount is negative for a credit).
        sql.update("""
                INSERT INTO rb_part (grp, customer_id, currency, transaction_date, transaction_id, open_amount, open_acc, part)
                SELECT grp, customer_id, currency, transaction_date, transaction_id, open_amount, open_acc, part FROM (
                    SELECT y.*, CASE WHEN y.open_amount > 0 THEN y.open_amount
                                     ELSE -%s END AS part
                    FROM (SELECT a.grp, t.customer_id, t.currency, t.transaction_date, t.transaction_id, t.open_amount,
                                 t.open_amount_acc AS open_acc, b.debits + a.amount AS budget,
                                 sum(%s) OVER (PARTITION BY t.customer_id, t.currency
                                     ORDER BY t.transaction_date, t.transaction_id ROWS UNBOUNDED PRECEDING) AS running
                          FROM rb_amount a
                          JOIN rb_bal b ON b.customer_id = a.customer_id AND b.currency = a.currency
                          JOIN customer_open_item t ON t.customer_id = a.customer_id AND t.currency = a.currency
                          WHERE t.transaction_date <= ?) y) parts
                WHERE part <> 0""".formatted(
                        EngineSql.least(engine, "-y.open_amount", EngineSql.greatest(engine, "0", "y.budget - (y.running + y.open_amount)")),
                        EngineSql.greatest(engine, "-t.open_amount", "0")), postingDate);
        List<long[]> parts = new ArrayList<>();
        sql.each("SELECT transaction_id, open_amount, open_acc, part FROM rb_part", row -> parts.add(new long[] {
                row.number("transaction_id"),
                ExchangeConversion.proportionalPart(row.number("open_acc"), row.number("open_amount"), row.number("part"))}));
        try (Sql.Batch update = sql.batch("UPDATE rb_part SET part_acc = ? WHERE transaction_id = ?", BATCH)) {
            for (long[] part : parts) {
                update.add(part[1], part[0]);
            }
        }
        sql.update("""
                UPDATE rb_group SET credit = a.amount,
                       ar_acc = -(SELECT sum(p.part_acc) FROM rb_part p WHERE p.grp = rb_group.grp)
                FROM rb_amount a WHERE a.grp = rb_group.grp""");
        convert(accountingCurrency, conversion, " AND grp IN (SELECT grp FROM rb_amount)");
    }

    /** How many customers the plan selected. */
    public long selectedCustomers() {
        return sql.queryLong("SELECT count(*) FROM rb_sel");
    }

    /** How many reimbursements the plan would post. */
    public long reimbursements() {
        return sql.queryLong("SELECT count(*) FROM rb_group");
    }

    /** How many one-time vendors posting the plan would create. */
    public long newVendors() {
        return sql.queryLong("SELECT count(*) FROM rb_newvendor");
    }

    /**
     * The plan's totals per transaction currency, in currency order: columns {@code currency},
     * {@code decimals}, {@code credit} and {@code credit_acc} (minor units).
     */
    public <T> List<T> totalsByCurrency(RowMapper<T> mapper) {
        return sql.list("SELECT g.currency, cur.decimals, sum(g.credit) AS credit, sum(g.credit_acc) AS credit_acc FROM rb_group g "
                + "JOIN currency cur ON cur.code = g.currency GROUP BY g.currency, cur.decimals ORDER BY g.currency", mapper);
    }
}
