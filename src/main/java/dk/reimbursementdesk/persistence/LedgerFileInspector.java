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
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Decides, without writing a byte, whether an existing file is a ledger we may open. A file that is
 * not SQLite, a SQLite database of some other program, and a damaged one are refused with a sentence
 * naming the file. Only after this passes do we open it read-write (which sets WAL and migrates).
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

    /**
     * @param lastClose the stamp the last clean close left ({@link LedgerLock#takeStamp}), or an empty
     *                  string; the full damage check is skipped only when it matches the file now
     */
    static void requireLedger(Path file, String lastClose) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("ledger.notFound", file);
        }
        if (!hasSqliteHeader(file)) {
            throw new UserException("ledger.notALedger", file);
        }
        long start = System.nanoTime();
        // Taken before anything opens the file, so it is the file as found.
        boolean unchanged = !lastClose.isEmpty() && lastClose.equals(stamp(file));
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
            if (unchanged) {
                Ledger.TIMING.debug("open: quick_check skipped, the file is as the last clean close left it");
                return;
            }
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
