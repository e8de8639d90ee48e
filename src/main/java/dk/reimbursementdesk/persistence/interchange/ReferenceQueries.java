package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's reference data, read whole with plain SQL: what an import checks its rows against (a
 * hundred thousand customers are looked up a million times, so they are read once) and what an export
 * formats amounts with.
 */
public final class ReferenceQueries {

    private final Sql sql;

    public ReferenceQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** The decimals of every currency in the ledger, by code. */
    public Map<String, Integer> currencyDecimals() {
        Map<String, Integer> decimals = new HashMap<>();
        sql.each("SELECT code, decimals FROM currency", row -> decimals.put(row.text("code"), row.integer("decimals")));
        return decimals;
    }

    /** Every customer as {@code id}, {@code account}, {@code currency}. */
    public void eachCustomer(Sql.RowConsumer consumer) {
        sql.each("SELECT id, account, currency FROM customer", consumer);
    }

    /** Every vendor as {@code id}, {@code account}, {@code currency}. */
    public void eachVendor(Sql.RowConsumer consumer) {
        sql.each("SELECT id, account, currency FROM vendor", consumer);
    }

    /** Every exchange rate as {@code currency}, {@code valid_from} (ISO text) and {@code rate} (decimal text). */
    public void eachRate(Sql.RowConsumer consumer) {
        sql.each("SELECT currency, valid_from, rate FROM exchange_rate", consumer);
    }

    /** The company's accounting currency; empty when no company is set up. */
    public Optional<String> accountingCurrency() {
        return sql.first("SELECT accounting_currency FROM legal_entity LIMIT 1", row -> row.text("accounting_currency"));
    }
}
