package dk.reimbursementdesk.persistence.check;

import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;

/**
 * The units of work that post in bulk, newest first: reimbursement runs, payment batches and imports,
 * so that one whose command was killed after its commit (before it printed) can still be found.
 */
public final class PostingUnitQueries {

    private final Sql sql;

    public PostingUnitQueries(UnitOfWork work) {
        this.sql = work.sql();
    }

    /**
     * Every unit as {@code kind} ({@code reimbursement-run}, {@code payment-batch}, {@code import}),
     * {@code id}, {@code created} (ISO local date-time to the second), {@code count} and {@code summary}.
     */
    public <T> List<T> newestFirst(RowMapper<T> mapper) {
        return sql.list("""
                SELECT kind, id, created, count, summary FROM (
                    SELECT 'reimbursement-run' AS kind, CAST(id AS TEXT) AS id, substr(started_at, 1, 19) AS created,
                           reimbursement_count AS count, 'posting date ' || posting_date AS summary, 1 AS rank, id AS seq
                    FROM reimbursement_run
                    UNION ALL
                    SELECT 'payment-batch', number, substr(posted_at, 1, 19), payment_count,
                           'payment date ' || payment_date, 2, id
                    FROM payment_batch
                    UNION ALL
                    SELECT 'import', CAST(id AS TEXT), substr(imported_at, 1, 19), row_count,
                           lower(kind) || ' from ' || file_name || coalesce(', voucher ' || voucher_number, ''), 3, id
                    FROM import_record) units
                ORDER BY created DESC, rank, seq DESC""", mapper);
    }
}
