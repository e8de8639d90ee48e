package dk.reimbursementdesk.persistence.audit;

import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;

/**
 * The audit log's statements ({@code audit_entry}, {@code V20}). Rows are read with the columns
 * {@code id, recorded_at, os_user, origin, action, parameters, selection, counts, totals, created, hash}.
 */
public final class AuditStore {

    private static final String COLUMNS = "id, recorded_at, os_user, origin, action, parameters, selection, counts, totals, created, hash";

    private final Sql sql;

    public AuditStore(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** The newest entry, the one a new entry chains to; empty for an empty log. */
    public <T> Optional<T> last(RowMapper<T> mapper) {
        return sql.first("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id DESC LIMIT 1", mapper);
    }

    /** Appends entry {@code id}; a second writer of the same id fails on the primary key instead of forking the chain. */
    public void insert(long id, String recordedAt, String osUser, String origin, String action, String parameters,
                       String selection, String counts, String totals, String created, String hash) {
        sql.update("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, recordedAt, osUser, origin, action, parameters, selection, counts, totals, created, hash);
    }

    public long count() {
        return sql.queryLong("SELECT count(*) FROM audit_entry");
    }

    /** How many entries come before entry {@code id} in the chain's order: its offset in the pages. */
    public long countBefore(long id) {
        return sql.queryLong("SELECT count(*) FROM audit_entry WHERE id < ?", id);
    }

    /** One page of the log, oldest first (the chain's order). */
    public <T> List<T> page(int offset, int limit, RowMapper<T> mapper) {
        return sql.list("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id LIMIT ? OFFSET ?", mapper, limit, offset);
    }

    /** Every entry in chain order, streamed row by row (verifying and exporting a long log). */
    public void each(Sql.RowConsumer consumer) {
        sql.each("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id", consumer);
    }
}
