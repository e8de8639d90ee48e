package dk.reimbursementdesk.persistence.writeoff;

import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.FieldCriteria;
import dk.reimbursementdesk.persistence.query.QuerySource;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The small credits on a date, in the temporary table {@code wo_credit} of the unit of work's own
 * connection: per selected customer and currency whose open items dated on or before the date sum to
 * a credit, the credit ({@code credit}, positive minor units), what it is open for in the accounting
 * currency ({@code credit_acc}) and the date of the oldest open credit ({@code oldest}). The list
 * reads it, and {@link WriteOffPostingStore} posts from it; building it writes nothing to the ledger.
 * Rows are numbered {@code k} = 1..n by customer account and currency once the filters are applied.
 */
public final class SmallCreditStore {

    private static final String[] TABLES = {"wo_all", "wo_credit", "wo_cur", "wo_pick"};

    private final Sql sql;
    private final Engine engine;

    public SmallCreditStore(UnitOfWork work) {
        this.sql = work.sql();
        this.engine = sql.engine();
    }

    /** Every credit balance of the selected customers on {@code date} (all customers without criteria). */
    public void credits(List<FieldCriteria> criteria, LocalDate date) {
        for (String table : TABLES) {
            sql.execute(EngineSql.dropTempTable(engine, table));
        }
        sql.execute(EngineSql.createTempTable(engine, """
                wo_all (customer_id INTEGER NOT NULL, currency TEXT NOT NULL, credit INTEGER NOT NULL,
                    credit_acc INTEGER NOT NULL, oldest DATE NOT NULL, PRIMARY KEY (customer_id, currency))""", true));
        SqlPredicate selection = CriteriaSql.where(engine, criteria);
        String selected = criteria.isEmpty() ? ""
                : " AND t.customer_id IN (SELECT c.id FROM " + QuerySource.CUSTOMERS.from() + " WHERE " + selection.sql() + ")";
        Object[] parameters = new Object[selection.parameters().size() + 1];
        parameters[0] = date;
        System.arraycopy(selection.parameters().toArray(), 0, parameters, 1, selection.parameters().size());
        sql.update("""
                INSERT INTO wo_all
                SELECT t.customer_id, t.currency, -sum(t.open_amount), -sum(t.open_amount_acc),
                       min(CASE WHEN t.open_amount < 0 THEN t.transaction_date END)
                FROM customer_open_item t
                WHERE t.transaction_date <= ?""" + selected
                + " GROUP BY t.customer_id, t.currency HAVING sum(t.open_amount) < 0", parameters);
    }

    /** The currencies with a credit, with their decimals: the ones the caller needs a threshold for. */
    public Map<String, Integer> creditCurrencies() {
        Map<String, Integer> decimals = new TreeMap<>();
        sql.each("SELECT DISTINCT a.currency, cur.decimals FROM wo_all a JOIN currency cur ON cur.code = a.currency",
                row -> decimals.put(row.text("currency"), row.integer("decimals")));
        return decimals;
    }

    /**
     * Keeps the credits below {@code below} (per currency, the smallest credit that is not small, in
     * its minor units; a currency missing from the map keeps none), older than {@code olderThanDays}
     * (by the oldest open credit; null: any age) and, when {@code chosen} is not null, among the chosen
     * (customer id, currency) pairs; numbers them by customer account and currency.
     */
    public void filter(Map<String, Long> below, Integer olderThanDays, LocalDate date, List<Chosen> chosen) {
        sql.execute(EngineSql.createTempTable(engine, "wo_cur (currency TEXT PRIMARY KEY, below INTEGER NOT NULL)", false));
        for (Map.Entry<String, Long> entry : below.entrySet()) {
            sql.update("INSERT INTO wo_cur VALUES (?, ?)", entry.getKey(), entry.getValue());
        }
        sql.execute(EngineSql.createTempTable(engine,
                "wo_pick (customer_id INTEGER NOT NULL, currency TEXT NOT NULL, PRIMARY KEY (customer_id, currency))", false));
        if (chosen != null) {
            // An account that names no customer picks nothing; the same pair twice is picked once.
            for (Chosen each : chosen) {
                sql.update("INSERT INTO wo_pick SELECT id, ? FROM customer WHERE account = ? ON CONFLICT DO NOTHING",
                        each.currency(), each.customerAccount());
            }
        }
        sql.execute(EngineSql.createTempTable(engine, """
                wo_credit (k INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, currency TEXT NOT NULL,
                    credit INTEGER NOT NULL, credit_acc INTEGER NOT NULL, oldest DATE NOT NULL, age INTEGER NOT NULL)""", false));
        String age = EngineSql.daysBetween(engine, EngineSql.dateParameter(engine), "a.oldest");
        sql.update("INSERT INTO wo_credit (k, customer_id, currency, credit, credit_acc, oldest, age) "
                + "SELECT row_number() OVER (ORDER BY c.account, a.currency), a.customer_id, a.currency, a.credit, a.credit_acc, "
                + "a.oldest, CAST(" + age + " AS INTEGER) "
                + "FROM wo_all a JOIN customer c ON c.id = a.customer_id JOIN wo_cur w ON w.currency = a.currency "
                + "WHERE a.credit < w.below"
                + (olderThanDays == null ? "" : " AND " + age + " > " + olderThanDays.intValue())
                + (chosen == null ? "" : " AND EXISTS (SELECT 1 FROM wo_pick p WHERE p.customer_id = a.customer_id AND p.currency = a.currency)"),
                olderThanDays == null ? new Object[] {date} : new Object[] {date, date});
    }

    /** A (customer, currency) pair the clerk chose to write off. */
    public record Chosen(String customerAccount, String currency) {
    }

    /**
     * The small credits, by customer account and currency: columns {@code k, account, name, currency,
     * decimals, credit, credit_acc, oldest, age}.
     */
    public <T> List<T> rows(RowMapper<T> mapper) {
        return sql.list("SELECT w.k, c.account, c.name, w.currency, cur.decimals, w.credit, w.credit_acc, w.oldest, w.age "
                + "FROM wo_credit w JOIN customer c ON c.id = w.customer_id JOIN currency cur ON cur.code = w.currency ORDER BY w.k", mapper);
    }

    public long count() {
        return sql.queryLong("SELECT count(*) FROM wo_credit");
    }
}
