package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.persistence.AccountMatch;
import dk.reimbursementdesk.persistence.CreditBalances;
import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Like;
import dk.reimbursementdesk.persistence.TextFold;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Customers shaped for the screens: the list filtered, sorted and paged in the database, so a ledger
 * with 100,000 customers shows a page as fast as one with twelve; the lookup; the open items.
 */
public final class CustomerListQueries {

    /** The list's sort orders; the account breaks ties so that paging is stable. */
    public enum Sort {
        ACCOUNT("c.account", true), NAME("c.name", true), GROUP("g.code", true),
        CURRENCY("c.currency", false), VENDOR("v.account", true), BALANCE("balance", false);

        private final String column;
        private final boolean text;

        Sort(String column, boolean text) {
            this.column = column;
            this.text = text;
        }

        String column(Engine engine) {
            return text ? EngineSql.nocase(engine, column) : column;
        }
    }

    private static final String FROM =
            " FROM customer c JOIN customer_group g ON g.id = c.group_id LEFT JOIN vendor v ON v.id = c.vendor_id";
    private static final String[] FILTERED = {"c.account", "c.name", "g.code", "c.currency", "v.account"};

    private final Sql sql;

    public CustomerListQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** How many customers the quick filter matches (blank: all). */
    public int count(String filter) {
        return QuickFilter.count(sql, FROM, filter, FILTERED);
    }

    /**
     * The customers the quick filter matches that have a credit balance as {@code credit} says (its
     * currency, its age bucket on its day, by the Overview's rule {@link CreditBalances}): columns
     * {@code customers} and {@code credit_acc} (their credit balances' sum in minor units of the
     * accounting currency, positive), one set-based statement.
     */
    public <T> T creditCount(String filter, CreditBalances.Filter credit, RowMapper<T> mapper) {
        return sql.first("SELECT count(*) AS customers, coalesce(-sum(k.balance_acc), 0) AS credit_acc" + FROM + credit(filter),
                mapper, creditParameters(filter, credit).toArray()).orElseThrow();
    }

    /**
     * The join to the credit balances {@code credit} names, then the quick filter's WHERE. It binds
     * the day, the currency and twice the bucket (null: any age), then the filter's patterns:
     * {@link #creditParameters}.
     */
    private String credit(String filter) {
        return " JOIN (" + CreditBalances.select(sql.engine(), "?") + ") k ON k.customer_id = c.id AND k.currency = ?"
                + " AND (CAST(? AS bigint) IS NULL OR k.bucket = CAST(? AS bigint))" + QuickFilter.where(sql.engine(), filter, FILTERED);
    }

    private static List<Object> creditParameters(String filter, CreditBalances.Filter credit) {
        List<Object> parameters = new ArrayList<>(List.of(credit.day().toString(), credit.currency()));
        parameters.add(credit.bucket());
        parameters.add(credit.bucket());
        parameters.addAll(QuickFilter.parameters(filter, FILTERED));
        return parameters;
    }

    /**
     * One page of the customers the quick filter matches (on account, name, group, currency and vendor
     * account) and, unless {@code credit} is null, that have the credit balance it names, with columns
     * {@code account, name, group_code, currency, vendor_account, balance}: the balance is the sum of
     * the open items in minor units of the accounting currency. With {@code credit}, every row also
     * has what {@link #creditCount} gives for the whole filter, {@code customers} and {@code credit_acc}
     * (window sums over the same pass: the credit balances are summed once, not once more to count).
     */
    public <T> List<T> page(String filter, CreditBalances.Filter credit, Sort sort, boolean ascending, int offset, int limit,
                            RowMapper<T> mapper) {
        // The balance is summed per customer from its open items, which lie together at the front
        // of customer_open_item's key: a page sorted by another column computes it for its own
        // rows only, and sorting by balance costs one range of the narrow table per customer.
        String text = "SELECT c.account AS account, c.name AS name, g.code AS group_code, c.currency AS currency,"
                + " v.account AS vendor_account, coalesce((SELECT sum(o.open_amount_acc) FROM customer_open_item o"
                + " WHERE o.customer_id = c.id), 0) AS balance"
                + (credit == null ? "" : ", count(*) OVER () AS customers, coalesce(-sum(k.balance_acc) OVER (), 0) AS credit_acc")
                + FROM
                + (credit == null ? QuickFilter.where(sql.engine(), filter, FILTERED) : credit(filter))
                + " ORDER BY " + QuickFilter.orderBy(sql.engine(), (sort == null ? Sort.ACCOUNT : sort).column(sql.engine()), ascending,
                        "c.account")
                + " LIMIT ? OFFSET ?";
        List<Object> parameters = credit == null ? QuickFilter.parameters(filter, FILTERED) : creditParameters(filter, credit);
        parameters.add(limit);
        parameters.add(offset);
        return sql.list(text, mapper, parameters.toArray());
    }

    /** Customers whose account or name contains the text, by account, with columns {@code account, name, currency}. */
    public <T> List<T> search(String text, int limit, RowMapper<T> mapper) {
        return sql.list("SELECT account, name, currency FROM customer"
                        + " WHERE lower(account) LIKE ?" + Like.ESCAPE + " OR lower(name) LIKE ?" + Like.ESCAPE
                        + " ORDER BY lower(account) LIMIT ?",
                mapper, Like.contains(text).toLowerCase(Locale.ROOT), Like.contains(text).toLowerCase(Locale.ROOT), limit);
    }

    /**
     * The customer with this account (compared without regard to case, as {@link AccountMatch} does),
     * with columns {@code account, name, currency}.
     */
    public <T> Optional<T> summary(String account, RowMapper<T> mapper) {
        String wanted = account.strip();
        Optional<T> exact = sql.first("SELECT account, name, currency FROM customer WHERE "
                + EngineSql.nocaseEquals(sql.engine(), "account"), mapper, wanted);
        if (exact.isPresent() || !TextFold.beyondAscii(wanted)) {
            return exact;
        }
        List<T> folded = sql.list("SELECT account, name, currency FROM customer WHERE " + TextFold.FUNCTION
                + "(account) = ? LIMIT 2", mapper, TextFold.fold(wanted));
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /**
     * The customer's open transactions, oldest first, with columns {@code document, type,
     * transaction_date, due_date, currency, amount, open_amount} (minor units) {@code , decimals}.
     */
    public <T> List<T> openTransactions(String account, RowMapper<T> mapper) {
        return sql.list("SELECT t.document AS document, t.type AS type, t.transaction_date AS transaction_date,"
                + " t.due_date AS due_date, t.currency AS currency, t.amount AS amount, o.open_amount AS open_amount,"
                + " k.decimals AS decimals FROM customer c JOIN customer_open_item o ON o.customer_id = c.id"
                + " JOIN customer_transaction t ON t.id = o.transaction_id JOIN currency k ON k.code = o.currency"
                + " WHERE c.account = ? ORDER BY o.transaction_date, o.transaction_id", mapper, account);
    }

    /**
     * The customer's posted transactions, newest first, at most {@code limit}, with columns
     * {@code transaction_date, type, document, currency, amount, open_amount, voucher, decimals}.
     */
    public <T> List<T> postedTransactions(String account, int limit, RowMapper<T> mapper) {
        return sql.list("SELECT t.transaction_date AS transaction_date, t.type AS type, t.document AS document,"
                + " t.currency AS currency, t.amount AS amount, v.number AS voucher,"
                + " coalesce((SELECT sum(o.open_amount) FROM customer_open_item o WHERE o.transaction_id = t.id), 0) AS open_amount,"
                + " k.decimals AS decimals FROM customer c JOIN customer_transaction t ON t.customer_id = c.id"
                + " JOIN voucher v ON v.id = t.voucher_id JOIN currency k ON k.code = t.currency"
                + " WHERE c.account = ? ORDER BY t.transaction_date DESC, t.id DESC LIMIT ?", mapper, account, limit);
    }

    /**
     * The customer's open balance per currency, with columns {@code currency, balance} (minor units of
     * that currency) {@code , balance_accounting} (minor units of the accounting currency) {@code , decimals}.
     */
    public <T> List<T> balances(String account, RowMapper<T> mapper) {
        return sql.list("SELECT o.currency AS currency, sum(o.open_amount) AS balance, sum(o.open_amount_acc) AS balance_accounting,"
                + " k.decimals AS decimals"
                + " FROM customer c JOIN customer_open_item o ON o.customer_id = c.id JOIN currency k ON k.code = o.currency"
                + " WHERE c.account = ? GROUP BY o.currency, k.decimals ORDER BY o.currency", mapper, account);
    }
}
