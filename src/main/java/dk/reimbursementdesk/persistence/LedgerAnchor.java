package dk.reimbursementdesk.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The connection a ledger file holds open, idle, for its lifetime, and the WAL checkpoints that run
 * on it. SQLite checkpoints the WAL into the file when the last connection closes; every use case
 * opens and closes its own connection, so without this one each would pay that checkpoint (most of a
 * second after a large run). The checkpoints run here instead: in the background after a bulk
 * transaction, and whole when {@link #closeLast} closes this connection after every other.
 *
 * <p>It also reads SQLite's count of commits, by which a ledger knows whether anything changed since
 * its last backup. Its own class because it is what only a file has: a ledger on a server has no
 * anchor ({@link #NONE}), and every method is then a no-op.
 */
final class LedgerAnchor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ledger.class);

    /** The anchor of a ledger on a server: none. */
    static final LedgerAnchor NONE = new LedgerAnchor(null, null);

    private final Path file;
    private final Connection connection;
    private final ExecutorService background;
    private volatile Future<?> checkpoint;

    LedgerAnchor(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.background = connection == null ? null : Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * {@code PRAGMA data_version}: it changes whenever another connection (every use case has its
     * own) commits a change to the file, and never for reads. 0 without an anchor, -1 when unreadable.
     */
    long dataVersion() {
        if (connection == null) {
            return 0;
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Copies the WAL into the main file without blocking readers or writers (a PASSIVE checkpoint). */
    void checkpointInBackground() {
        if (connection == null) {
            return;
        }
        checkpoint = background.submit(() -> {
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException e) {
                // Not a loss: the committed pages stay in the WAL and the next checkpoint copies them.
                LOG.warn("Background checkpoint of {} failed: {}", file, e.getMessage());
            }
            LOG.debug("Background checkpoint took {} ms", (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** Waits for a background checkpoint to finish, if one runs. */
    void awaitCheckpoint() {
        Future<?> pending = checkpoint;
        if (pending != null) {
            try {
                pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.warn("Background checkpoint of {} failed", file, e.getCause());
            }
        }
    }

    /** Takes no more checkpoints and waits for the one that runs: one thread runs them in turn. */
    void finishCheckpoints() {
        if (background != null) {
            background.shutdown();
        }
        awaitCheckpoint();
    }

    /**
     * Closes the anchor, the ledger's last connection: SQLite then checkpoints the WAL into the file
     * and removes it.
     */
    void closeLast() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
