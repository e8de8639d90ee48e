package dk.reimbursementdesk.persistence.reimbursement;

import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;

/** Reads a built plan ({@link ReimbursementPlanStore}) for the preview: what it would post, and who it leaves out. */
public final class PreviewQueries {

    private final Sql sql;

    public PreviewQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /**
     * The reimbursements to post, in posting order: columns {@code customer_account}, {@code customer_name},
     * {@code currency}, {@code decimals}, {@code credit}, {@code credit_acc} (minor units), {@code vendor_account}
     * (NULL when a one-time vendor is to be made) and {@code source_document} (NULL when summarized).
     */
    public <T> List<T> proposals(RowMapper<T> mapper) {
        return sql.list("""
                SELECT c.account AS customer_account, c.name AS customer_name, g.currency, cur.decimals, g.credit, g.credit_acc,
                       v.account AS vendor_account, src.document AS source_document
                FROM rb_group g
                JOIN customer c ON c.id = g.customer_id
                JOIN currency cur ON cur.code = g.currency
                LEFT JOIN vendor v ON v.id = g.vendor_id
                LEFT JOIN customer_transaction src ON src.id = g.source_id
                ORDER BY g.grp""", mapper);
    }

    /** The selected customers without open items up to the posting date: columns {@code account}, {@code name}. */
    public <T> List<T> customersWithoutOpenItems(RowMapper<T> mapper) {
        return sql.list("""
                SELECT c.account, c.name FROM rb_sel s JOIN customer c ON c.id = s.customer_id
                WHERE NOT EXISTS (SELECT 1 FROM rb_bal b WHERE b.customer_id = s.customer_id)""", mapper);
    }

    /**
     * The balances of selected customers that are not reimbursed: columns {@code account}, {@code name},
     * {@code currency}, {@code decimals}, {@code balance} (minor units) and {@code hold_reason} (NULL
     * unless the customer is on hold).
     */
    public <T> List<T> balancesNotReimbursed(RowMapper<T> mapper) {
        return sql.list("""
                SELECT c.account, c.name, b.currency, cur.decimals, b.balance, h.reason AS hold_reason
                FROM rb_bal b JOIN customer c ON c.id = b.customer_id JOIN currency cur ON cur.code = b.currency
                LEFT JOIN customer_hold h ON h.customer_id = b.customer_id
                WHERE NOT EXISTS (SELECT 1 FROM rb_group g WHERE g.customer_id = b.customer_id AND g.currency = b.currency)""",
                mapper);
    }
}
