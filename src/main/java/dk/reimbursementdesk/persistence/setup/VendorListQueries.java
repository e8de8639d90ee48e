package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Like;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;

/** Vendors shaped for the screens: the list filtered, sorted and paged in the database, the lookup, the links and open invoices. */
public final class VendorListQueries {

    /** The list's sort orders; the account breaks ties so that paging is stable. */
    public enum Sort {
        ACCOUNT("v.account", true), NAME("v.name", true), GROUP("g.code", true),
        CURRENCY("v.currency", false), IBAN("v.iban", false), ONE_TIME("v.one_time", false);

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

    private static final String FROM = " FROM vendor v JOIN vendor_group g ON g.id = v.group_id";
    private static final String[] FILTERED = {"v.account", "v.name", "g.code", "v.currency", "v.iban", "v.bic"};

    private final Sql sql;

    public VendorListQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** How many vendors the quick filter matches (blank: all). */
    public int count(String filter) {
        return QuickFilter.count(sql, FROM, filter, FILTERED);
    }

    /**
     * One page of the vendors the quick filter matches (on account, name, group, currency, IBAN and BIC),
     * with columns {@code account, name, group_code, currency, iban, bic, one_time}.
     */
    public <T> List<T> page(String filter, Sort sort, boolean ascending, int offset, int limit, RowMapper<T> mapper) {
        String orderBy = QuickFilter.orderBy(sql.engine(), (sort == null ? Sort.ACCOUNT : sort).column(sql.engine()), ascending,
                "v.account");
        List<Object> parameters = QuickFilter.parameters(filter, FILTERED);
        parameters.add(limit);
        parameters.add(offset);
        return sql.list("SELECT v.account AS account, v.name AS name, g.code AS group_code, v.currency AS currency,"
                        + " v.iban AS iban, v.bic AS bic, v.one_time AS one_time"
                        + FROM + QuickFilter.where(sql.engine(), filter, FILTERED) + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                mapper, parameters.toArray());
    }

    /** Vendors whose account or name contains the text, by account, with columns {@code account, name, currency}. */
    public <T> List<T> search(String text, int limit, RowMapper<T> mapper) {
        return sql.list("SELECT account, name, currency FROM vendor WHERE " + QuickFilter.like(sql.engine(), "account") + " OR "
                + QuickFilter.like(sql.engine(), "name") + " ORDER BY " + EngineSql.nocase(sql.engine(), "account") + " LIMIT ?",
                mapper, Like.contains(text), Like.contains(text), limit);
    }

    /** The customers linked to the vendor, by account, with columns {@code account, name}. */
    public <T> List<T> linkedCustomers(String vendorAccount, RowMapper<T> mapper) {
        return sql.list("SELECT c.account AS account, c.name AS name FROM customer c JOIN vendor v ON v.id = c.vendor_id"
                + " WHERE " + EngineSql.nocaseEquals(sql.engine(), "v.account") + " ORDER BY " + EngineSql.nocase(sql.engine(), "c.account"),
                mapper, vendorAccount);
    }

    /**
     * The vendor's open transactions that the company owes (negative open amounts), oldest due first,
     * with columns {@code document, type, transaction_date, due_date, currency, amount, open_amount}
     * (minor units, as booked: negative) {@code , decimals}.
     */
    public <T> List<T> openInvoices(String vendorAccount, RowMapper<T> mapper) {
        return sql.list("SELECT t.document AS document, t.type AS type, t.transaction_date AS transaction_date,"
                + " t.due_date AS due_date, t.currency AS currency, t.amount AS amount, t.open_amount AS open_amount,"
                + " k.decimals AS decimals FROM vendor_transaction t JOIN vendor v ON v.id = t.vendor_id"
                + " JOIN currency k ON k.code = t.currency WHERE v.account = ? AND t.open_amount < 0"
                + " ORDER BY coalesce(t.due_date, t.transaction_date), t.id", mapper, vendorAccount);
    }
}
