package dk.reimbursementdesk.persistence.gl;

import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.time.LocalDate;
import java.util.List;

/** Every ledger account's sums of posted lines up to a date, summed in SQL. */
public final class TrialBalanceQueries {

    private final Sql sql;

    public TrialBalanceQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /**
     * Every ledger account (also those without postings) in number order, with columns {@code number,
     * name, debit, credit}: the sums, in minor units of the accounting currency, of the lines of
     * vouchers posted on or before {@code asOf}.
     */
    public <T> List<T> accounts(LocalDate asOf, RowMapper<T> mapper) {
        return sql.list("""
                SELECT a.number AS number, a.name AS name, coalesce(t.debit, 0) AS debit, coalesce(t.credit, 0) AS credit
                FROM ledger_account a
                LEFT JOIN (SELECT l.account_id, sum(l.debit) AS debit, sum(l.credit) AS credit
                           FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id
                           WHERE v.posting_date <= ? GROUP BY l.account_id) t
                       ON t.account_id = a.id
                ORDER BY a.number""", mapper, asOf);
    }
}
