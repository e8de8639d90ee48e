package dk.reimbursementdesk.persistence.audit;

import dk.reimbursementdesk.persistence.Like;
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

    /** The columns the list's filter looks in: everything an entry says but its id and hash. */
    private static final String FILTERED = String.join(" LIKE ?1" + Like.ESCAPE + " OR ",
            "recorded_at", "os_user", "origin", "action", "parameters", "selection", "counts", "totals", "created")
            + " LIKE ?1" + Like.ESCAPE;

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

    /** How many entries contain {@code filter} (trimmed, any case of ASCII letters) in a column; blank: all. */
    public long count(String filter) {
        return blank(filter) ? count() : sql.queryLong("SELECT count(*) FROM audit_entry WHERE " + FILTERED, Like.contains(filter));
    }

    /** How many entries come before entry {@code id} in the chain's order: its offset in the pages. */
    public long countBefore(long id) {
        return sql.queryLong("SELECT count(*) FROM audit_entry WHERE id < ?", id);
    }

    /** One page of the log, oldest first (the chain's order). */
    public <T> List<T> page(int offset, int limit, RowMapper<T> mapper) {
        return sql.list("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id LIMIT ? OFFSET ?", mapper, limit, offset);
    }

    /** One page of the entries {@code filter} matches (see {@link #count(String)}), oldest first. */
    public <T> List<T> page(String filter, int offset, int limit, RowMapper<T> mapper) {
        return blank(filter) ? page(offset, limit, mapper)
                : sql.list("SELECT " + COLUMNS + " FROM audit_entry WHERE " + FILTERED + " ORDER BY id LIMIT ?2 OFFSET ?3",
                        mapper, Like.contains(filter), limit, offset);
    }

    private static boolean blank(String filter) {
        return filter == null || filter.isBlank();
    }

    /** Every entry in chain order, streamed row by row (verifying and exporting a long log). */
    public void each(Sql.RowConsumer consumer) {
        sql.each("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id", consumer);
    }
}
