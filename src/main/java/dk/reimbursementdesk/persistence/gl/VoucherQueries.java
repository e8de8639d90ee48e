package dk.reimbursementdesk.persistence.gl;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.Like;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.TextFold;
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
     * Up to {@code limit} vouchers in number order from {@code offset}, whose number or text as read
     * matches {@code match} (null: all) and whose posting date lies in [from, to] (null: open).
     * Columns {@code id, number, posting_date, description, total_debit, reverses_number, vendor_side}
     * (1 when the voucher wrote a vendor transaction: a vendor payment's text looks like a customer's).
     */
    public <T> List<T> page(VoucherTextMatch match, LocalDate from, LocalDate to, int offset, int limit, RowMapper<T> mapper) {
        StringBuilder filter = new StringBuilder("SELECT v.id, v.number, v.posting_date, v.description, v.reverses_voucher_id "
                + "FROM voucher v WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (match != null) {
            filter.append(" AND (");
            textFilter(match, filter, parameters);
            filter.append(")");
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
                + VENDOR_SIDE.replace("v.id", "p.id") + " AS vendor_side "
                + "FROM (" + filter + ") p LEFT JOIN voucher r ON r.id = p.reverses_voucher_id ORDER BY p.number",
                mapper, parameters.toArray());
    }

    /**
     * The number contains the text, or the posted text reads as containing it: a text of none of the
     * codes as written, a coded one through a pattern for each way its sentence can hold the text.
     * The text is folded and compared ignoring case: SQLite's LIKE ignores ASCII case, PostgreSQL's
     * ILIKE every case. A code is told by its exact letters (GLOB on SQLite, LIKE on PostgreSQL), as
     * VoucherText tells it: "Invoice for March" is a text as written. A row of another code fails the
     * code's test at its first letters; the vendor side is asked only of a row that matched.
     */
    private void textFilter(VoucherTextMatch match, StringBuilder filter, List<Object> parameters) {
        boolean postgres = sql.engine() == Engine.POSTGRESQL;
        String like = (postgres ? " ILIKE ?" : " LIKE ?") + Like.ESCAPE;
        String contains = "%" + Like.escape(match.text()) + "%";
        filter.append("v.number").append(like);
        parameters.add(contains);
        filter.append(" OR (").append(match.foldText() ? TextFold.FUNCTION + "(v.description)" : "v.description").append(like);
        parameters.add(contains);
        for (String code : match.codes()) {
            filter.append(" AND NOT ");
            codeTest(code, postgres, filter, parameters);
        }
        filter.append(")");
        if (match.inValues()) {
            // A text without spaces after a space: in the reference or the account of a coded text.
            filter.append(" OR v.description").append(like);
            parameters.add("% " + contains);
        }
        for (VoucherTextMatch.Coded coded : match.coded()) {
            filter.append(" OR (");
            codeTest(coded.code(), postgres, filter, parameters);
            filter.append(" AND v.description").append(like);
            parameters.add(Like.escape(coded.code()) + " " + pattern(coded.reference()) + " " + pattern(coded.account()));
            if (coded.vendorSide() != null) {
                filter.append(coded.vendorSide() ? " AND " : " AND NOT ").append(VENDOR_SIDE);
            }
            filter.append(")");
        }
    }

    /** What VoucherText shows as a sentence: the code in its own letters, a reference and an account. */
    private static void codeTest(String code, boolean postgres, StringBuilder filter, List<Object> parameters) {
        if (postgres) {
            filter.append("v.description LIKE ?").append(Like.ESCAPE);
            parameters.add(Like.escape(code) + " _% _%");
        } else {
            // The codes are capitals and underscores, none of GLOB's special characters.
            filter.append("v.description GLOB ?");
            parameters.add(code + " ?* ?*");
        }
    }

    private static final String VENDOR_SIDE = "EXISTS (SELECT 1 FROM vendor_transaction t WHERE t.voucher_id = v.id)";

    private static String pattern(VoucherTextMatch.Value value) {
        String text = Like.escape(value.text());
        return switch (value.part()) {
            case ANY -> "_%";
            case PREFIX -> text + "%";
            case SUFFIX -> "%" + text;
            case CONTAINS -> "%" + text + "%";
            case EXACT -> text;
        };
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
