package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import dk.reimbursementdesk.persistence.backup.BackupFolder;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Decides, without writing a byte, whether an existing file is a ledger we may open. A file that is
 * not SQLite, a SQLite database of some other program, and a damaged one are refused with a sentence
 * naming the file and its newest backup; so are a directory, an empty file, a read-only file or folder,
 * a folder that does not exist, and a ledger whose schema history holds a migration newer than this
 * program's. Only after this passes do we open it read-write (which sets WAL and migrates).
 *
 * <p>The damage check is SQLite's {@code PRAGMA quick_check}, which reads every page: seconds on a
 * ledger of a million transactions, on every start of a command. It is skipped when the file is
 * exactly as this program left it at its last clean close, after that session's open had checked it:
 * the {@link #stamp} the close left in the lock's sidecar matches the file (size, modification and
 * change times, file identity, and a checksum of its first and last 64 KiB) and no WAL file is
 * beside it. Then nothing but SQLite in this program has written it since it last passed the check,
 * so the check would read the same pages again. Any other change (another program writing it, a copy
 * or a backup put in its place, a process killed with its work in the WAL) makes the stamp differ or
 * leaves none, and the file is checked in full. What a stamp cannot see, a page going bad on the disk
 * afterwards, SQLite itself reports as damage when it reads that page, which fails that use case's
 * transaction and writes nothing; the {@code check} command runs the full integrity check.
 */
final class LedgerFileInspector {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LedgerFileInspector() {
    }

    /** What the schema history says of a ledger, against this program's migrations. */
    enum Schema { CURRENT, OLDER }

    /**
     * The checks the file system and the first bytes answer, made before the lock is taken so that a
     * refusal here creates nothing at all: a folder that does not exist, a directory, no file, an
     * empty file, a file that is not SQLite, a read-only file or folder.
     */
    static void requireOpenable(Path file) {
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw refusal(SqlFailures.BUNDLE, "ledger.folderMissing", file, null, file, folder);
        }
        if (Files.isDirectory(file)) {
            throw refusal(SqlFailures.BUNDLE, "ledger.isDirectory", file, null, file);
        }
        if (!Files.isRegularFile(file)) {
            throw refusal(UserException.DEFAULT_BUNDLE, "ledger.notFound", file, null, file);
        }
        if (size(file) == 0) {
            throw refusal(SqlFailures.BUNDLE, "ledger.empty", file, null, file);
        }
        if (!hasSqliteHeader(file)) {
            throw refusal(UserException.DEFAULT_BUNDLE, "ledger.notALedger", file, null, file, 0);
        }
        if (readOnly(file)) {
            throw refusal(SqlFailures.BUNDLE, "ledger.readOnly", file, null, file);
        }
        if (folder != null && readOnly(folder)) {
            throw refusal(SqlFailures.BUNDLE, "ledger.folderReadOnly", file, null, file, folder);
        }
    }

    /**
     * Whether the file may not be written. Also a file whose permissions grant nobody write access:
     * the owner marked it read-only, and a process with the rights to write anyway (root, an
     * administrator) must not overrule that for the company's books.
     */
    static boolean readOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /**
     * Decides, reading only, whether the SQLite file is a ledger we may open: its tables, its schema
     * history (refused when a newer program wrote it), and no damage.
     *
     * @param lastClose the stamp the last clean close left ({@link LedgerLock#takeStamp}), or an empty
     *                  string; the full damage check is skipped only when it matches the file now
     */
    static Schema requireLedger(Path file, String lastClose) {
        long start = System.nanoTime();
        // Taken before anything opens the file, so it is the file as found.
        boolean unchanged = !lastClose.isEmpty() && lastClose.equals(stamp(file));
        try (Connection connection = readOnlyConnection(file);
             Statement statement = connection.createStatement()) {
            Schema schema = requireLedgerSchema(file, statement);
            Ledger.TIMING.debug("open: header and schema {} ms", Ledger.millisSince(start));
            if (unchanged) {
                Ledger.TIMING.debug("open: quick_check skipped, the file is as the last clean close left it");
                return schema;
            }
            start = System.nanoTime();
            requireIntact(file, statement, "PRAGMA quick_check(1)");
            Ledger.TIMING.debug("open: quick_check {} ms", Ledger.millisSince(start));
            return schema;
        } catch (SQLException e) {
            throw refusal(UserException.DEFAULT_BUNDLE, "ledger.damaged", file, e, file);
        }
    }

    /**
     * The checks a backup passes before it replaces a ledger: SQLite, a ledger, not newer than this
     * program, and SQLite's full {@code integrity_check}. Reads only.
     */
    static Schema requireRestorable(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new UserException("ledger.notFound", backup);
        }
        if (size(backup) == 0 || !hasSqliteHeader(backup)) {
            throw new UserException("ledger.notALedger", backup, 0);
        }
        try (Connection connection = readOnlyConnection(backup);
             Statement statement = connection.createStatement()) {
            Schema schema = requireLedgerSchema(backup, statement);
            requireIntact(backup, statement, "PRAGMA integrity_check(1)");
            return schema;
        } catch (SQLException e) {
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.damaged", new Object[] {backup}, e);
        }
    }

    /**
     * A connection that reads the file and writes nothing beside it. A read-only connection to a WAL
     * database still makes a {@code -shm} and a {@code -wal} it cannot remove again; with no WAL
     * beside the file there is nothing for them to hold, so the file is opened {@code immutable}
     * (no locks, no shared memory, no WAL). A WAL left beside it (a process killed with committed
     * work in it) must be read, so then the file is opened read-only as usual, and the WAL's bytes
     * stay as they are: a read-only connection never checkpoints.
     */
    static Connection readOnlyConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"))) {
            return config.createConnection("jdbc:sqlite:" + absolute);
        }
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + absolute.toUri() + "?immutable=1");
    }

    private static Schema requireLedgerSchema(Path file, Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('flyway_schema_history', 'legal_entity')")) {
            if (!rs.next() || rs.getInt(1) != 2) {
                throw refusal(UserException.DEFAULT_BUNDLE, "ledger.notALedger", file, null, file, 1);
            }
        }
        List<String> applied = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = 1")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        return LedgerSchema.compare(file, applied);
    }

    private static void requireIntact(Path file, Statement statement, String check) throws SQLException {
        try (ResultSet rs = statement.executeQuery(check)) {
            if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                throw refusal(UserException.DEFAULT_BUNDLE, "ledger.damaged", file, null, file);
            }
        }
    }

    /** A refusal of {@code file} naming its newest backup, if it has one. */
    static LedgerRefusal refusal(String bundle, String key, Path file, Throwable cause, Object... arguments) {
        Path newest = BackupFolder.of(file).newest().map(b -> b.path()).orElse(null);
        return new LedgerRefusal(bundle, key, arguments, cause, newest);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * What the file looks like now, to compare with the stamp its last clean close left; empty when
     * that cannot be told (then the file is always checked): a WAL beside it, or attributes that
     * cannot be read.
     */
    static String stamp(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            if (Files.exists(wal)) {
                return "";
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            StringBuilder stamp = new StringBuilder("ledger-stamp-1")
                    .append(' ').append(attributes.size())
                    .append(' ').append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))
                    .append(' ').append(attributes.fileKey());
            try {
                // The change time, where the system has one: no tool can set it back.
                stamp.append(' ').append(((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS));
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                stamp.append(" -");
            }
            stamp.append(' ').append(Long.toHexString(edgesChecksum(file, attributes.size())));
            return stamp.toString();
        } catch (IOException e) {
            return "";
        }
    }

    /** A CRC32 of the first and the last 64 KiB (the header and schema page, and the latest pages). */
    private static long edgesChecksum(Path file, long size) throws IOException {
        int edge = 64 * 1024;
        CRC32 crc = new CRC32();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            for (long position : new long[] {0, Math.max(edge, size - edge)}) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(edge, Math.max(0, size - position)));
                while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
                    // read on until the buffer is full
                }
                buffer.flip();
                crc.update(buffer);
            }
        }
        return crc.getValue();
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
