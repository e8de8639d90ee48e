package dk.reimbursementdesk.persistence.overview;

import dk.reimbursementdesk.persistence.CreditBalances;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.time.LocalDate;
import java.util.List;

/**
 * The Overview's figures, each one set-based statement over the whole ledger: no row is read into
 * Java, only the few sums a chart draws. Ages are whole days before {@code today}, bucketed 0 (0-30),
 * 1 (31-90), 2 (91-365) and 3 (over 365) by {@link CreditBalances#BUCKET}. Amounts are minor units.
 */
public final class OverviewQueries {

    private final Sql sql;

    public OverviewQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /**
     * Credit balances ({@link CreditBalances}: a customer's open items in one currency summing below
     * zero, aged by its oldest open credit item in that currency): {@code currency, bucket, balances,
     * amount, amount_acc} (positive amounts: what the company owes).
     */
    public <T> List<T> creditBalancesByAge(LocalDate today, RowMapper<T> mapper) {
        return sql.list("SELECT currency, bucket, count(*) AS balances, -sum(balance) AS amount, -sum(balance_acc) AS amount_acc"
                + " FROM (" + CreditBalances.select(sql.engine(), "?") + ") balances GROUP BY currency, bucket ORDER BY currency, bucket",
                mapper, today.toString());
    }

    /**
     * Reimbursements posted in the months from {@code from} (a first of a month) on, reversed ones
     * left out: {@code month} ("2026-03"), {@code reimbursements}, {@code amount_acc}.
     */
    public <T> List<T> reimbursementsPerMonth(LocalDate from, RowMapper<T> mapper) {
        return sql.list("""
                SELECT %s AS month, count(*) AS reimbursements, sum(amount_acc) AS amount_acc
                FROM reimbursement WHERE posting_date >= ? AND status <> 'REVERSED'
                GROUP BY month ORDER BY month""".formatted(EngineSql.month(sql.engine(), "posting_date")), mapper, from.toString());
    }

    /**
     * The vendor invoices reimbursements made that are still open, aged by the reimbursement's
     * posting date: {@code bucket, invoices, amount_acc} (positive: what AP still owes).
     */
    public <T> List<T> openReimbursementInvoicesByAge(LocalDate today, RowMapper<T> mapper) {
        return sql.list("""
                SELECT %s AS bucket, count(*) AS invoices, -sum(open_amount_acc) AS amount_acc
                FROM (SELECT vt.open_amount_acc, %s AS d
                      FROM reimbursement r JOIN vendor_transaction vt ON vt.id = r.vendor_transaction_id
                      WHERE r.status = 'OPEN' AND vt.open_amount <> 0) invoices
                GROUP BY bucket ORDER BY bucket""".formatted(CreditBalances.BUCKET,
                EngineSql.daysBetween(sql.engine(), EngineSql.dateParameter(sql.engine()), "r.posting_date")), mapper, today.toString());
    }
}
