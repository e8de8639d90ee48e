package dk.reimbursementdesk.persistence.payment;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import java.util.ArrayList;
import java.util.List;

/**
 * Open vendor invoices shaped for the Vendor payments screen and the proposal, by vendor, currency
 * and due date. Every listing returns the columns {@code id, vendor_account, vendor_name,
 * vendor_group, iban, bic, document, transaction_date, due_date, currency, decimals, open_amount}
 * (what is owed, positive, in minor units) {@code , reimbursements} (see {@link Concatenated})
 * {@code , customer_account, customer_name} (of the first reimbursement behind the invoice, or null),
 * {@code rejected_by_bank} (1 when the bank rejected the latest payment of the invoice, which reopened
 * it) and {@code bank_reason} (its code and text, "AC04 Closed account"; empty when it gave none).
 * The screen reads them a page at a time, ordered and cut in SQL, so 72,000 open invoices cost one
 * page's rows.
 */
public final class OpenInvoiceQueries {

    /** The open vendor invoices with their vendor ({@code v}, {@code vg}) and transaction ({@code t}). */
    static final String FROM = """
            FROM vendor v JOIN vendor_group vg ON vg.id = v.group_id
            JOIN vendor_transaction t ON t.vendor_id = v.id
            WHERE t.type = 'INVOICE' AND t.open_amount < 0
            """;

    /** The listing's columns with their joins; {@code reimbursements} joined the engine's way. */
    private static String columns(Engine engine) {
        return """
            SELECT t.id AS id, v.account AS vendor_account, v.name AS vendor_name, vg.code AS vendor_group,
                   v.iban AS iban, v.bic AS bic, t.document AS document, t.transaction_date AS transaction_date,
                   t.due_date AS due_date, t.currency AS currency, cur.decimals AS decimals, -t.open_amount AS open_amount,
                   """ + EngineSql.joined(engine, "r.number", "FROM reimbursement r WHERE r.vendor_transaction_id = t.id", "r.number")
                + """
                    AS reimbursements,
                   c.account AS customer_account, c.name AS customer_name,
                   CASE WHEN bs.id IS NULL THEN 0 ELSE 1 END AS rejected_by_bank,
                   trim(coalesce(bs.reason_code, '') || ' ' || coalesce(bs.reason_text, '')) AS bank_reason
            FROM vendor v JOIN vendor_group vg ON vg.id = v.group_id
            JOIN vendor_transaction t ON t.vendor_id = v.id
            JOIN currency cur ON cur.code = t.currency
            LEFT JOIN reimbursement fr ON fr.id = (SELECT min(r.id) FROM reimbursement r WHERE r.vendor_transaction_id = t.id)
            LEFT JOIN customer c ON c.id = fr.customer_id
            LEFT JOIN payment_bank_status bs ON bs.status = 'RJCT' AND bs.id = (
                SELECT max(s.id) FROM payment_bank_status s WHERE s.payment_id = (
                    SELECT max(pi.payment_id) FROM payment_invoice pi WHERE pi.vendor_transaction_id = t.id))
            """;
    }

    /** The list's order: vendor account (ASCII case folded), currency, due date, id. */
    private static String order(Engine engine) {
        return " ORDER BY " + EngineSql.nocase(engine, "v.account") + ", t.currency, coalesce(t.due_date, t.transaction_date), t.id";
    }

    /**
     * {@link #FROM} with the vendors read first, in account order (their unique index), and each
     * vendor's open invoices down {@code vendor_transaction_open_invoice_idx} ({@code V23}), which
     * holds them in list order: a page is read in {@link #order} without sorting the rest, so the
     * first page of 72,000 costs its 100 rows. Left to itself SQLite scans every open invoice and
     * sorts them; CROSS JOIN is SQLite's way of fixing the order of the loops. PostgreSQL knows no
     * CROSS JOIN with a condition and picks its own plan: there it is {@link #FROM}.
     */
    private static String fromInListOrder(Engine engine) {
        return engine == Engine.POSTGRESQL ? FROM : """
            FROM vendor v JOIN vendor_group vg ON vg.id = v.group_id
            CROSS JOIN vendor_transaction t ON t.vendor_id = v.id
            WHERE t.type = 'INVOICE' AND t.open_amount < 0
            """;
    }

    /** A condition to append after {@link #FROM} (starting with AND), and its parameters. */
    record Where(String sql, List<Object> parameters) {
        Where and(String more) {
            return new Where(sql + more, parameters);
        }
    }

    private final Sql sql;

    public OpenInvoiceQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** The filter's conditions on {@code v}, {@code vg} and {@code t}. */
    static Where where(Engine engine, InvoiceChoice.Filter filter) {
        SqlPredicate vendorCondition = CriteriaSql.where(engine, filter.vendors());
        StringBuilder text = new StringBuilder(" AND ").append(vendorCondition.sql());
        List<Object> parameters = new ArrayList<>(vendorCondition.parameters());
        if (filter.currency() != null) {
            text.append(" AND t.currency = ?");
            parameters.add(filter.currency());
        }
        if (filter.dueOnOrBefore() != null) {
            text.append(" AND coalesce(t.due_date, t.transaction_date) <= ?");
            parameters.add(filter.dueOnOrBefore());
        }
        if (filter.reimbursementsOnly()) {
            text.append(" AND EXISTS (SELECT 1 FROM reimbursement r WHERE r.vendor_transaction_id = t.id)");
        }
        return new Where(text.toString(), parameters);
    }

    /** Every open invoice the filter selects, in list order (vendor, currency, due date). */
    public <T> List<T> matching(InvoiceChoice.Filter filter, RowMapper<T> mapper) {
        Where where = where(sql.engine(), filter);
        return sql.list(columns(sql.engine()) + " WHERE t.type = 'INVOICE' AND t.open_amount < 0" + where.sql() + order(sql.engine()), mapper,
                where.parameters().toArray());
    }

    /**
     * One page of the filter's open invoices in list order. The page's ids are cut first, so the
     * reimbursement and customer columns are read for the page's rows only.
     */
    public <T> List<T> page(InvoiceChoice.Filter filter, int offset, int limit, RowMapper<T> mapper) {
        Where where = where(sql.engine(), filter);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        parameters.add(offset);
        Engine engine = sql.engine();
        return sql.list(columns(engine) + " WHERE t.id IN (SELECT t.id " + fromInListOrder(engine) + where.sql() + order(engine)
                        + " LIMIT ? OFFSET ?)" + order(engine),
                mapper, parameters.toArray());
    }

    /**
     * How many open invoices the filter selects and what they owe, per currency in currency order:
     * {@code currency, decimals, invoices, amount}; one pass over them for the count and the sums.
     */
    public <T> List<T> totals(InvoiceChoice.Filter filter, RowMapper<T> mapper) {
        Where where = where(sql.engine(), filter);
        return sql.list("SELECT x.currency AS currency, cur.decimals AS decimals, x.invoices AS invoices, x.amount AS amount "
                        + "FROM (SELECT t.currency AS currency, count(*) AS invoices, "
                        + "sum(-t.open_amount) AS amount " + FROM + where.sql() + " GROUP BY t.currency) x "
                        + "JOIN currency cur ON cur.code = x.currency ORDER BY x.currency",
                mapper, where.parameters().toArray());
    }
}
