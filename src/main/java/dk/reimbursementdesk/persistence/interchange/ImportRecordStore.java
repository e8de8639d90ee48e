package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.Optional;

/** The imports written so far, one row each ({@code import_record}), found by their file's SHA-256. */
public final class ImportRecordStore {

    private final Sql sql;

    public ImportRecordStore(UnitOfWork work) {
        this.sql = work.sql();
    }

    /**
     * The latest import of a file with this content, as {@code kind}, {@code file_name},
     * {@code imported_at} (ISO local date-time), {@code row_count}; empty when there was none.
     */
    public <T> Optional<T> latest(String sha256, RowMapper<T> mapper) {
        return sql.first("SELECT kind, file_name, imported_at, row_count FROM import_record WHERE sha256 = ?"
                + " ORDER BY id DESC LIMIT 1", mapper, sha256);
    }

    /**
     * Records an import; {@code voucherNumber} is the opening-balance voucher of a transactions import,
     * else null. Returns the record's id.
     */
    public long add(String kind, String fileName, String sha256, String importedAt, int rows, String voucherNumber) {
        // RETURNING, which both engines know, rather than SQLite's last_insert_rowid().
        return sql.queryLong("INSERT INTO import_record (kind, file_name, sha256, imported_at, row_count, voucher_number)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", kind, fileName, sha256, importedAt, rows, voucherNumber);
    }
}
