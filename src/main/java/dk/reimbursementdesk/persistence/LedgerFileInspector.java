package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Decides, without writing a byte, whether an existing file is a ledger we may open. A file that is
 * not SQLite, a SQLite database of some other program, and a damaged one are refused with a sentence
 * naming the file. Only after this passes do we open it read-write (which sets WAL and migrates).
 */
final class LedgerFileInspector {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LedgerFileInspector() {
    }

    static void requireLedger(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("ledger.notFound", file);
        }
        if (!hasSqliteHeader(file)) {
            throw new UserException("ledger.notALedger", file);
        }
        long start = System.nanoTime();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('flyway_schema_history', 'legal_entity')")) {
                if (!rs.next() || rs.getInt(1) != 2) {
                    throw new UserException("ledger.notALedger", file);
                }
            }
            Ledger.TIMING.debug("open: header and schema {} ms", Ledger.millisSince(start));
            start = System.nanoTime();
            try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                    throw new UserException("ledger.damaged", file);
                }
            }
            Ledger.TIMING.debug("open: quick_check {} ms", Ledger.millisSince(start));
        } catch (SQLException e) {
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.damaged", new Object[] {file}, e);
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
