package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The chokepoint every posted voucher passes, whichever way it was written (entities through
 * VoucherPoster, or set-based SQL in a run, an import or a payment batch): before a unit of work
 * commits, the vouchers it added are checked in SQL, inside the same transaction. One that does not
 * balance, or has fewer than two lines, refuses the whole unit with a sentence naming it, so it
 * rolls back and nothing lands.
 *
 * <p>Vouchers are numbered by rowid and never deleted, so "added by this unit" is every id above
 * the highest one when the unit began: {@code max(id)} on the rowid is one page read, and the check
 * reads only the new vouchers' lines through {@code voucher_line_voucher_idx}.
 */
final class VoucherGuard {

    private final long before;

    private VoucherGuard(long before) {
        this.before = before;
    }

    static VoucherGuard begin(Sql sql) {
        return new VoucherGuard(sql.queryLong("SELECT coalesce(max(id), 0) FROM voucher"));
    }

    /** Refuses the unit of work if a voucher it added does not balance or has fewer than two lines. */
    void check(Sql sql) {
        Optional<UserException> problem = sql.first("""
                SELECT v.number, count(l.id) AS lines, coalesce(sum(l.debit), 0) AS debit, coalesce(sum(l.credit), 0) AS credit,
                       (SELECT c.decimals FROM legal_entity e JOIN currency c ON c.code = e.accounting_currency) AS decimals
                FROM voucher v LEFT JOIN voucher_line l ON l.voucher_id = v.id
                WHERE v.id > ?
                GROUP BY v.id
                HAVING count(l.id) < 2 OR coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0)
                ORDER BY v.id
                LIMIT 1
                """, VoucherGuard::refusal, before);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    private static UserException refusal(Row row) {
        String number = row.text("number");
        if (row.number("lines") < 2) {
            return new UserException("posting.tooFewLines", number);
        }
        int decimals = row.integer("decimals");
        return new UserException("posting.unbalanced", number,
                BigDecimal.valueOf(row.number("debit"), decimals).toPlainString(),
                BigDecimal.valueOf(row.number("credit"), decimals).toPlainString());
    }
}
