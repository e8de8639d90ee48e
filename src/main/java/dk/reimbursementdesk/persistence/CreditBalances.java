package dk.reimbursementdesk.persistence;

import java.time.LocalDate;

/**
 * The one rule of a credit balance and its age, shared by the statements that count them: the
 * Overview's credit bars ({@code persistence.overview}) and the Customers list narrowed to a bar
 * ({@code persistence.setup}), so a bar and the list it opens count the same balances.
 *
 * <p>A credit balance is a customer's open items in one currency summing below zero; its age is
 * the whole days from its oldest open credit item in that currency to the day asked about (how long
 * the company has owed the money), bucketed 0 (0-30 days), 1 (31-90), 2 (91-365) and 3 (over 365).
 */
public final class CreditBalances {

    /** The bucket of an age {@code d} in days. */
    public static final String BUCKET = "CASE WHEN d <= 30 THEN 0 WHEN d <= 90 THEN 1 WHEN d <= 365 THEN 2 ELSE 3 END";

    private CreditBalances() {
    }

    /**
     * Every credit balance as a subquery with columns {@code customer_id, currency, balance,
     * balance_acc} (negative minor units) {@code , d} (the age in days) {@code , bucket}; {@code day}
     * is the parameter marker (a {@code ?} or {@code ?N}) the day is bound to, as ISO text.
     */
    public static String select(Engine engine, String day) {
        String dayDate = engine == Engine.POSTGRESQL ? "CAST(" + day + " AS date)" : day;
        return "SELECT customer_id, currency, balance, balance_acc, d, " + BUCKET + " AS bucket"
                + " FROM (SELECT customer_id, currency, sum(open_amount) AS balance, sum(open_amount_acc) AS balance_acc, "
                + EngineSql.daysBetween(engine, dayDate, "min(CASE WHEN open_amount < 0 THEN transaction_date END)") + " AS d"
                + " FROM customer_open_item GROUP BY customer_id, currency HAVING sum(open_amount) < 0) aged";
    }

    /**
     * The credit balances of one currency on a day, of one age bucket or (null) of any age: what one
     * bar of the Overview sums.
     */
    public record Filter(LocalDate day, String currency, Integer bucket) {
    }
}
