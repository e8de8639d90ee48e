package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process per ledger file: an OS lock on a sidecar file beside it. The database file itself is
 * never locked from Java, because closing another descriptor on it would drop SQLite's own locks. The
 * OS frees the lock when the process dies, so a killed process never blocks the next start.
 *
 * <p>The sidecar is keyed by the file's identity, not by the name it was opened under: it lives in
 * the folder of the file's real path (symbolic links resolved) and is named after the file's device
 * and inode ({@code .<device>-<inode>.ledger-lock}). So a symbolic link, a hard link in the same
 * folder and a path like {@code ./../x/./led.db} all reach the same lock as {@code led.db} itself
 * (issue 18: a second name past a path-keyed lock let two processes write one ledger and damaged it).
 * Where the file system tells no inode (Windows), the sidecar is named after the real path
 * ({@code led.db.lock}). A hard link in another folder is beyond what a sidecar can see; the README
 * says to keep one name per ledger.
 *
 * <p>Between a clean close and the next open the sidecar also holds the close's stamp of the ledger
 * file (see {@link LedgerFileInspector#stamp}): {@link #takeStamp} reads and clears it when the lock
 * is taken, {@link #writeStamp} writes it just before the lock is let go. Only the process holding the
 * lock reads or writes it. A refused open that made the sidecar removes it again
 * ({@link #closeAndRemoveIfNew}), so that it leaves nothing behind.
 */
public final class LedgerLock implements AutoCloseable {

    private final Path sidecar;
    private final boolean madeByThisLock;
    private final FileChannel channel;
    private final FileLock lock;

    private LedgerLock(Path sidecar, boolean madeByThisLock, FileChannel channel, FileLock lock) {
        this.sidecar = sidecar;
        this.madeByThisLock = madeByThisLock;
        this.channel = channel;
        this.lock = lock;
    }

    /** The sidecar that locks {@code ledgerFile}, which must exist: the same for every name of the file. */
    public static Path sidecarOf(Path ledgerFile) {
        try {
            Path real = ledgerFile.toRealPath();
            Object inode = inodeOf(real);
            if (inode == null) {
                return real.resolveSibling(real.getFileName() + ".lock");
            }
            Object device = Files.getAttribute(real, "unix:dev");
            return real.resolveSibling("." + device + "-" + inode + ".ledger-lock");
        } catch (IOException e) {
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.lockFailed", new Object[] {ledgerFile, e.getMessage()}, e);
        }
    }

    private static Object inodeOf(Path real) throws IOException {
        try {
            return Files.getAttribute(real, "unix:ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Locks the existing file {@code ledgerFile}; refused with {@code ledger.inUse} while another holds it. */
    public static LedgerLock acquire(Path ledgerFile) {
        Path sidecar = sidecarOf(ledgerFile);
        FileChannel channel = null;
        try {
            boolean existed = Files.exists(sidecar);
            channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserException("ledger.inUse", ledgerFile);
            }
            if (!Files.exists(sidecar)) {
                // Its holder removed it as it let go (a refused open): the lock is on a file nobody
                // else will find. Take the one that is there now.
                lock.release();
                channel.close();
                return acquire(ledgerFile);
            }
            return new LedgerLock(sidecar, !existed, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new UserException("ledger.inUse", ledgerFile);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.lockFailed", new Object[] {ledgerFile, e.getMessage()}, e);
        }
    }

    Path sidecar() {
        return sidecar;
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

    /** Lets go of the lock, and removes the sidecar when this lock made it (a refused open leaves nothing). */
    void closeAndRemoveIfNew() {
        if (madeByThisLock) {
            try {
                Files.deleteIfExists(sidecar);
            } catch (IOException ignored) {
                // an empty sidecar left behind does no harm: the next open takes it
            }
        }
        close();
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
