package dk.reimbursementdesk.persistence.gl;

import dk.reimbursementdesk.persistence.Like;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Vouchers and their lines shaped for the general-ledger screens, cut to a page in SQL. */
public final class VoucherQueries {

    private final Sql sql;

    public VoucherQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /**
     * Up to {@code limit} vouchers in number order from {@code offset}, whose number or description
     * contains {@code text} (blank: all) and whose posting date lies in [from, to] (null: open).
     * Columns {@code id, number, posting_date, description, total_debit, reverses_number, vendor_side}
     * (1 when the voucher wrote a vendor transaction: a vendor payment's text looks like a customer's).
     */
    public <T> List<T> page(String text, LocalDate from, LocalDate to, int offset, int limit, RowMapper<T> mapper) {
        StringBuilder filter = new StringBuilder("SELECT v.id, v.number, v.posting_date, v.description, v.reverses_voucher_id "
                + "FROM voucher v WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            // SQLite's LIKE ignores case (for ASCII letters, as lower() would)
            filter.append(" AND (v.number LIKE ?").append(Like.ESCAPE).append(" OR v.description LIKE ?").append(Like.ESCAPE).append(")");
            String pattern = Like.contains(text);
            parameters.add(pattern);
            parameters.add(pattern);
        }
        if (from != null) {
            filter.append(" AND v.posting_date >= ?");
            parameters.add(from);
        }
        if (to != null) {
            filter.append(" AND v.posting_date <= ?");
            parameters.add(to);
        }
        filter.append(" ORDER BY v.number LIMIT ? OFFSET ?");
        parameters.add(limit);
        parameters.add(offset);
        // The page is cut first, so the debit sums are computed for its rows only.
        return sql.list("SELECT p.id AS id, p.number AS number, p.posting_date AS posting_date, p.description AS description, "
                + "(SELECT coalesce(sum(l.debit), 0) FROM voucher_line l WHERE l.voucher_id = p.id) AS total_debit, "
                + "r.number AS reverses_number, "
                + "EXISTS (SELECT 1 FROM vendor_transaction t WHERE t.voucher_id = p.id) AS vendor_side "
                + "FROM (" + filter + ") p LEFT JOIN voucher r ON r.id = p.reverses_voucher_id ORDER BY p.number",
                mapper, parameters.toArray());
    }

    /**
     * The lines of one voucher in the order they were posted. Columns {@code account_number,
     * account_name, debit, credit, currency, amount, decimals} (of the line's currency) {@code , description}.
     */
    public <T> List<T> lines(long voucherId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT a.number AS account_number, a.name AS account_name, l.debit AS debit, l.credit AS credit,
                       l.currency AS currency, l.amount AS amount, cur.decimals AS decimals, l.description AS description
                FROM voucher_line l
                JOIN ledger_account a ON a.id = l.account_id
                JOIN currency cur ON cur.code = l.currency
                WHERE l.voucher_id = ?
                ORDER BY l.id""", mapper, voucherId);
    }
}
