package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.backup.BackupFile;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiConsumer;
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

    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private LedgerRestore() {
    }

    /**
     * The {@code restore} command: restores {@code source} into the ledger at {@code file} whether or
     * not that ledger can be opened. One that opens is restored as {@link #restore} does; one refused
     * as damaged or empty (the reason one restores) is set aside first, byte for byte,
     * as {@code <name>.damaged-<time>} beside it with its {@code -wal}, and the backup's bytes are
     * written into the file in place, so that it keeps its identity and its lock. A ledger open
     * elsewhere, read-only or newer than this program is refused as at open, and nothing changes.
     */
    static Path restoreInto(Path file, Path source, BiConsumer<UnitOfWork, Path> afterwards) {
        Path absolute = file.toAbsolutePath().normalize();
        LedgerFileInspector.requireRestorable(source);
        try (Ledger ledger = Ledger.open(absolute)) {
            return ledger.restoreFrom(source, afterwards).path();
        } catch (UserException refused) {
            if (refused.getKey().equals("ledger.notFound") && java.nio.file.Files.isDirectory(absolute.getParent())) {
                return finish(absolute, copyInto(source, absolute), afterwards);
            }
            if (!replaceable(refused.getKey())) {
                throw refused;
            }
        }
        return finish(absolute, setAsideAndCopy(absolute, source), afterwards);
    }

    /**
     * Opens the restored file (migrating an older backup) and runs {@code afterwards} in it with
     * where the ledger as it was went, without a close backup of it.
     */
    private static Path finish(Path file, Path previous, BiConsumer<UnitOfWork, Path> afterwards) {
        try (Ledger restored = Ledger.open(file)) {
            restored.inTransactionDo(work -> afterwards.accept(work, previous));
            restored.markBackedUp();
        }
        return previous;
    }

    private static Path setAsideAndCopy(Path absolute, Path source) {
        LedgerLock lock = LedgerLock.acquire(absolute);
        try {
            Path aside = absolute.resolveSibling(absolute.getFileName() + ".damaged-" + java.time.LocalDateTime.now().format(STAMP));
            java.nio.file.Files.copy(absolute, aside);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path sidecar = absolute.resolveSibling(absolute.getFileName() + suffix);
                if (java.nio.file.Files.exists(sidecar)) {
                    java.nio.file.Files.move(sidecar, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(source);
                 java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(absolute,
                         java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    done += out.transferFrom(in, done, size - done);
                }
                out.force(true);
            }
            return aside;
        } catch (java.io.IOException e) {
            throw new UserException(SqlFailures.BUNDLE, "restore.failed", new Object[] {source, absolute}, e);
        } finally {
            lock.close();
        }
    }

    /** A ledger that is gone: the backup is copied to its name (under a temporary name first). */
    private static Path copyInto(Path source, Path absolute) {
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            java.nio.file.Files.copy(source, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            java.nio.file.Files.move(partial, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return source;
        } catch (java.io.IOException e) {
            throw new UserException(SqlFailures.BUNDLE, "restore.failed", new Object[] {source, absolute}, e);
        }
    }

    private static boolean replaceable(String refusal) {
        return refusal.equals("ledger.damaged") || refusal.equals("ledger.empty");
    }

    static BackupFile restore(Ledger ledger, Path source, BiConsumer<UnitOfWork, Path> afterwards) {
        Path file = ledger.file();
        if (source.equals(file)) {
            throw new UserException(SqlFailures.BUNDLE, "restore.sameFile", new Object[] {source}, null);
        }
        LedgerFileInspector.Schema schema = LedgerFileInspector.requireRestorable(source);
        BackupFile before = ledger.backUp(BackupReason.RESTORE);
        Path scratch = file.resolveSibling(file.getFileName() + ".restore-pages.tmp");
        try (Connection connection = ledger.dataSource().getConnection()) {
            Path pages = LedgerPageSize.matching(source, LedgerPageSize.of(connection), scratch);
            int rc = connection.unwrap(SQLiteConnection.class).getDatabase().restore("main", pages.toString(), null);
            if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                throw new SQLException("restore failed", null, rc);
            }
        } catch (SQLException e) {
            RuntimeException named = SqlFailures.translate(new LedgerAccessException("restore", e), file);
            if (named instanceof UserException) {
                throw named;
            }
            throw new UserException(SqlFailures.BUNDLE, "restore.failed", new Object[] {source, before.path()}, e);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-journal"}) {
                try {
                    Files.deleteIfExists(scratch.resolveSibling(scratch.getFileName() + suffix));
                } catch (IOException ignored) {
                    // a leftover .tmp beside the ledger is never opened; the restore's outcome is the news
                }
            }
        }
        if (schema == LedgerFileInspector.Schema.OLDER) {
            LedgerSchema.migrate(file, ledger.dataSource());
        }
        ledger.inTransactionDo(work -> afterwards.accept(work, before.path()));
        ledger.markBackedUp();
        return before;
    }
}
