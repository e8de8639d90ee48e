package dk.reimbursementdesk.persistence.backup;

import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * A consistent copy of a live ledger through SQLite's online backup API (never a file copy, which
 * can catch a WAL database between a commit and its checkpoint). The pages are copied from one read
 * transaction's snapshot, so the copy is the ledger as of the last commit before it started, even
 * while another connection writes. The copy is written under a temporary name in the target's folder
 * and moved into place only when complete, so a process killed half way leaves no half backup under
 * a backup's name.
 */
public final class OnlineBackup {

    static final String BUNDLE = "i18n.ledgerfile";

    private OnlineBackup() {
    }

    /**
     * Copies the database behind {@code source} to {@code target}, which must not exist.
     *
     * @throws UserException when the copy cannot be written (a full disk, a folder that cannot be
     *                       written); nothing is left at {@code target}
     */
    public static void copy(DataSource source, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserException(BUNDLE, "backup.cannotWrite", new Object[] {folder}, e);
        }
        Path partial = folder.resolve(target.getFileName() + ".partial");
        try {
            try (Connection connection = source.getConnection()) {
                Files.deleteIfExists(partial);
                int rc = connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", partial.toString(), null);
                if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                    throw refusal(rc, folder, null);
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw refusal(e.getErrorCode(), folder, e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw refusal(diskFull(e) ? SQLiteErrorCode.SQLITE_FULL.code : SQLiteErrorCode.SQLITE_CANTOPEN.code, folder, e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static boolean diskFull(IOException e) {
        return String.valueOf(e.getMessage()).contains("No space left");
    }

    private static UserException refusal(int resultCode, Path folder, Throwable cause) {
        int primary = resultCode & 0xff;
        String key = primary == SQLiteErrorCode.SQLITE_FULL.code ? "backup.diskFull" : "backup.cannotWrite";
        return new UserException(BUNDLE, key, new Object[] {folder}, cause);
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // the refusal is the news; a leftover partial file is named .partial and never listed
            }
        }
    }
}
