package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process per ledger: an OS lock on a sidecar file ({@code ledger.db.lock}). The database file
 * itself is never locked from Java, because closing another descriptor on it would drop SQLite's own
 * locks. The OS frees the lock when the process dies, so a killed process never blocks the next start.
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
            channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
