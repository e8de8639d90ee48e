package dk.reimbursementdesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The page size of a new ledger file: 16 KiB instead of SQLite's 4 KiB.
 *
 * <p>Why: a ledger holds a million transactions, and most of the time of a run, an import, a
 * checkpoint and a backup is spent moving pages one system call each. A backup of a 126 MB ledger
 * (about 31,000 pages of 4 KiB, one read and one write each) took 0.5-0.7 s on the 2-core test
 * machine; with 16 KiB pages 0.2-0.3 s.
 *
 * <p>SQLite fixes the page size when the file's first page is written, and in WAL mode it can never
 * change again (not even by VACUUM), so it is set here, on the empty file, before WAL mode and the
 * first migration. Ledgers made by older versions keep their 4 KiB pages; everything works on both.
 * A backup has the page size of its ledger; restoring one of another page size is handled by
 * {@link LedgerRestore}.
 */
final class LedgerPageSize {

    static final int NEW_LEDGER = 16_384;

    private LedgerPageSize() {
    }

    static void setOnNewFile(Path emptyFile) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + emptyFile);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = " + NEW_LEDGER);
            statement.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new LedgerAccessException("set the page size of " + emptyFile, e);
        }
    }

    static int of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The backup to restore, with the ledger's page size. SQLite's backup API cannot write pages of
     * one size into a WAL database of another, and sqlite-jdbc's restore then reports success having
     * copied nothing. So a backup of an older ledger (4 KiB) restored into a new one (16 KiB), or the
     * other way round, is first copied to {@code scratch} (with its {@code -wal}, if a killed process
     * left one) and rewritten there by {@code VACUUM} with the ledger's page size. The backup itself
     * is only read. Returns {@code backup} itself when the sizes match: a ledger's own backups.
     * ({@code VACUUM INTO} from the backup would save the copy, but on the read-only, immutable
     * connection that leaves nothing beside the backup it keeps the backup's page size.)
     */
    static Path matching(Path backup, int ledgerPageSize, Path scratch) throws SQLException {
        try (Connection connection = LedgerFileInspector.readOnlyConnection(backup)) {
            if (of(connection) == ledgerPageSize) {
                return backup;
            }
        }
        try {
            for (String suffix : new String[] {"", "-wal"}) {
                Path from = backup.resolveSibling(backup.getFileName() + suffix);
                Path to = scratch.resolveSibling(scratch.getFileName() + suffix);
                Files.deleteIfExists(to);
                if (Files.exists(from)) {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new SQLException("cannot copy " + backup + " to " + scratch, e);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + scratch);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
            statement.execute("PRAGMA page_size = " + ledgerPageSize);
            statement.execute("VACUUM");
        }
        return scratch;
    }
}
