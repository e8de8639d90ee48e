package dk.reimbursementdesk.persistence.report;

import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the run report prints: the run, its totals per currency, and its reimbursements read one row
 * at a time, so a run of a hundred thousand lines is never held in memory.
 */
public final class RunReportQueries {

    private final Sql sql;

    public RunReportQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /**
     * Columns {@code id, posting_date, summarize, selection, started_at, run_by, minimum_reimbursement}
     * (minor units, null before V15), {@code reimbursement_count, one_time_vendors_created, company_name,
     * company_code, accounting_currency, accounting_decimals}; empty for an unknown run.
     */
    public <T> Optional<T> run(long runId, RowMapper<T> mapper) {
        return sql.first("""
                SELECT rr.id, rr.posting_date, rr.summarize, rr.selection, rr.started_at, rr.run_by,
                       rr.minimum_reimbursement, rr.reimbursement_count, rr.one_time_vendors_created,
                       le.name AS company_name, le.code AS company_code,
                       le.accounting_currency AS accounting_currency, acc.decimals AS accounting_decimals
                FROM reimbursement_run rr
                JOIN legal_entity le ON le.id = (SELECT min(id) FROM legal_entity)
                JOIN currency acc ON acc.code = le.accounting_currency
                WHERE rr.id = ?""", mapper, runId);
    }

    /** Per currency of the run: {@code currency, decimals, lines, amount, amount_acc} (minor units), by currency code. */
    public <T> List<T> totals(long runId, RowMapper<T> mapper) {
        return sql.list("""
                SELECT r.currency, cur.decimals, count(*) AS lines, sum(r.amount) AS amount, sum(r.amount_acc) AS amount_acc
                FROM reimbursement r JOIN currency cur ON cur.code = r.currency
                WHERE r.run_id = ? GROUP BY r.currency, cur.decimals ORDER BY r.currency""", mapper, runId);
    }

    /**
     * Every reimbursement of the run in number order, handed over as read: {@code number,
     * customer_account, customer_name, vendor_account, currency, decimals, amount, amount_acc, voucher,
     * vendor_invoice, status}.
     */
    public <T> void eachLine(long runId, RowMapper<T> mapper, Consumer<T> sink) {
        sql.each("""
                SELECT r.number, c.account AS customer_account, c.name AS customer_name, v.account AS vendor_account,
                       r.currency, cur.decimals, r.amount, r.amount_acc, vo.number AS voucher,
                       vt.document AS vendor_invoice, r.status
                FROM reimbursement r
                JOIN customer c ON c.id = r.customer_id
                JOIN vendor v ON v.id = r.vendor_id
                JOIN voucher vo ON vo.id = r.voucher_id
                JOIN vendor_transaction vt ON vt.id = r.vendor_transaction_id
                JOIN currency cur ON cur.code = r.currency
                WHERE r.run_id = ? ORDER BY r.id""", row -> sink.accept(mapper.map(row)), runId);
    }
}
