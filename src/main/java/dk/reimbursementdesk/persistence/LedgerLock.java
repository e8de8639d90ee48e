package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process per ledger: an OS lock on a sidecar file ({@code ledger.db.lock}). The database file
 * itself is never locked from Java, because closing another descriptor on it would drop SQLite's own
 * locks. The OS frees the lock when the process dies, so a killed process never blocks the next start.
 *
 * <p>Between a clean close and the next open the sidecar also holds the close's stamp of the ledger
 * file (see {@link LedgerFileInspector#stamp}): {@link #takeStamp} reads and clears it when the lock
 * is taken, {@link #writeStamp} writes it just before the lock is let go. Only the process holding the
 * lock reads or writes it.
 */
public final class LedgerLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LedgerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path sidecarOf(Path ledgerFile) {
        return ledgerFile.resolveSibling(ledgerFile.getFileName() + ".lock");
    }

    public static LedgerLock acquire(Path ledgerFile) {
        Path sidecar = sidecarOf(ledgerFile);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserException("ledger.inUse", ledgerFile);
            }
            return new LedgerLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new UserException("ledger.inUse", ledgerFile);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.lockFailed", new Object[] {ledgerFile, e.getMessage()}, e);
        }
    }

    /**
     * The stamp the last clean close wrote, or an empty string; cleared in the same step, so that a
     * process that dies while it holds the ledger leaves none behind.
     */
    String takeStamp() {
        try {
            long size = channel.size();
            if (size == 0 || size > 4096) {
                channel.truncate(0);
                return "";
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
                // read on until the buffer is full
            }
            channel.truncate(0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // no stamp: the open checks the whole file, as it would the first time
        }
    }

    /** Leaves {@code stamp} for the next open; a failure only costs that open a full check. */
    void writeStamp(String stamp) {
        try {
            channel.truncate(0);
            ByteBuffer buffer = ByteBuffer.wrap(stamp.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer, buffer.position());
            }
        } catch (IOException ignored) {
            // the next open finds no stamp and checks the file
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
