package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.backup.BackupFile;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * Puts a backup's content into an open ledger (see {@link Ledger#restoreFrom}). SQLite's backup API
 * run the other way: the backup's pages are written into the ledger through the ledger's own
 * connection and journal, in one write transaction. So the ledger file keeps its identity (its lock
 * stays valid, no other process can slip in between a delete and a rename), and a crash half way
 * leaves the ledger as it was before the restore.
 */
final class LedgerRestore {

    private LedgerRestore() {
    }

    static BackupFile restore(Ledger ledger, Path source) {
        Path file = ledger.file();
        if (source.equals(file)) {
            throw new UserException(SqlFailures.BUNDLE, "restore.sameFile", new Object[] {source}, null);
        }
        LedgerFileInspector.Schema schema = LedgerFileInspector.requireRestorable(source);
        BackupFile before = ledger.backUp(BackupReason.RESTORE);
        try (Connection connection = ledger.dataSource().getConnection()) {
            int rc = connection.unwrap(SQLiteConnection.class).getDatabase().restore("main", source.toString(), null);
            if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                throw new SQLException("restore failed", null, rc);
            }
        } catch (SQLException e) {
            RuntimeException named = SqlFailures.translate(new LedgerAccessException("restore", e), file);
            if (named instanceof UserException) {
                throw named;
            }
            throw new UserException(SqlFailures.BUNDLE, "restore.failed", new Object[] {source, before.path()}, e);
        }
        if (schema == LedgerFileInspector.Schema.OLDER) {
            LedgerSchema.migrate(file, ledger.dataSource());
        }
        ledger.markBackedUp();
        return before;
    }
}
