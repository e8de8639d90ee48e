package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.backup.BackupFile;
import dk.reimbursementdesk.persistence.backup.BackupFolder;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.sqlite.SQLiteDataSource;

/**
 * An open ledger: a SQLite file (the process lock, the SQLite data source with our pragmas) or a
 * PostgreSQL database on a server (a HikariCP pool, {@link ServerOpening}), with the migrated schema
 * and Hibernate. Every use case runs through {@link #inTransaction}: one database transaction that
 * lands whole or not at all (SQLite's journal, PostgreSQL's WAL make that hold even when the process
 * is killed). What only a file has (backups, checkpoints, the file's lock) is refused on a server
 * with a sentence that names the server's own tools.
 *
 * <p>This class is what callers see; the work is done by three parts it makes and holds:
 * {@link LedgerTransactions} runs the units of work, {@link LedgerAnchor} keeps a file's idle
 * connection and its WAL checkpoints, {@link LedgerBackups} writes and lists a file's backups.
 */
public final class Ledger implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ledger.class);
    /**
     * Where an open, a use case and a close spend their time, at DEBUG: {@code -Ddesk.timing=DEBUG}
     * switches it on (see logback.xml). Standard error only, like every log.
     */
    static final org.slf4j.Logger TIMING = org.slf4j.LoggerFactory.getLogger("dk.reimbursementdesk.timing.ledger");

    private final Path file;
    private final LedgerLock lock;
    /** The server, for a ledger on PostgreSQL; null for a file. */
    private final ServerAddress server;
    private final Engine engine;
    private final DataSource dataSource;
    private final SessionFactory sessionFactory;
    /** The file's idle connection and its checkpoints; {@link LedgerAnchor#NONE} on a server. */
    private final LedgerAnchor anchor;
    /** The file's backups; null on a server, where {@link #requireFile} refuses first. */
    private final LedgerBackups backups;
    private final LedgerTransactions transactions;
    private final long openedAt = System.nanoTime();

    /** Made by {@link LedgerOpening} once the file is checked, migrated and Hibernate is up. */
    Ledger(Path file, LedgerLock lock, DataSource dataSource, SessionFactory sessionFactory, Connection anchor) {
        this.file = file;
        this.lock = lock;
        this.server = null;
        this.engine = Engine.SQLITE;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.anchor = new LedgerAnchor(file, anchor);
        this.backups = new LedgerBackups(file, dataSource, this.anchor);
        this.transactions = new LedgerTransactions(engine, dataSource, sessionFactory, this.anchor, file);
    }

    /** Made by {@link ServerOpening}: a ledger on a server has no file, lock or anchor connection. */
    Ledger(ServerAddress server, DataSource pool, SessionFactory sessionFactory) {
        this.file = null;
        this.lock = null;
        this.server = server;
        this.engine = Engine.POSTGRESQL;
        this.dataSource = pool;
        this.sessionFactory = sessionFactory;
        this.anchor = LedgerAnchor.NONE;
        this.backups = null;
        this.transactions = new LedgerTransactions(engine, pool, sessionFactory, this.anchor, server.display());
    }

    /**
     * What the database held before {@link #create(ServerAddress)} made this ledger in it (the drop
     * statements of {@link ServerOpening#objects}); null for a ledger that was opened, not made.
     */
    private List<String> beforeCreation;

    void madeOver(List<String> objectsBefore) {
        this.beforeCreation = List.copyOf(objectsBefore);
    }

    /**
     * For a ledger {@link #create(ServerAddress)} just made whose setup then failed (the company
     * step refused): closes it and drops every object its creation added to the database, the schema
     * and Flyway's history, in one transaction, so init is all or nothing and the database is as
     * empty as it was (issue 15). A ledger that was opened, or a file, is only closed: a file's
     * half-made ledger is removed by its caller.
     */
    public void closeDiscardingCreation() {
        try {
            if (server != null && beforeCreation != null) {
                ServerOpening.dropAllBut(dataSource, beforeCreation, server.display());
            }
        } finally {
            close();
        }
    }

    /**
     * Opens the ledger on a PostgreSQL server: refuses an unreachable server, a wrong password, a
     * missing or empty database, another program's tables, or a newer schema, each in a sentence;
     * an older ledger is migrated (the server's own backups stand for the file's upgrade backup).
     */
    public static Ledger open(ServerAddress server) {
        return ServerOpening.open(server, false);
    }

    /** {@link #open(ServerAddress)} with every connection read-only (the {@code check} command). */
    public static Ledger openForReading(ServerAddress server) {
        return ServerOpening.open(server, true);
    }

    /** Makes the schema in an empty PostgreSQL database (the company is set up by a service). */
    public static Ledger create(ServerAddress server) {
        return ServerOpening.create(server);
    }

    /** The database this ledger lives in. */
    public Engine engine() {
        return engine;
    }

    /** Whether this ledger is on a server (then it has no file, backups or file lock). */
    public boolean onServer() {
        return server != null;
    }

    /** The server, for a ledger on PostgreSQL. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** What sentences call this ledger: its file's path, or {@code user@host:port/database}. */
    public String name() {
        return server != null ? server.display() : file.toString();
    }

    /** Refuses what only a ledger file can do (backups, restore) on a ledger on a server. */
    private void requireFile() {
        if (server != null) {
            throw UserException.in(ServerAddress.BUNDLE, "server.fileOnly", server.display());
        }
    }

    /**
     * Opens an existing ledger; refuses a file that is not one, is damaged, newer than this program,
     * read-only, or open elsewhere, without touching it: a refused open leaves the file's bytes, its
     * {@code -wal}, and no lock, {@code -shm} or {@code -wal} of its own behind. An older ledger is
     * migrated to this program's schema, after a backup of it as it was (reason {@code upgrade}).
     */
    public static Ledger open(Path file) {
        return LedgerOpening.open(file, false);
    }

    /**
     * Opens an existing ledger to read it only (the {@code check} command): the same refusals as
     * {@link #open}, and an older ledger is refused instead of migrated; every connection is
     * {@code query_only}, so no use case can write it.
     */
    public static Ledger openForReading(Path file) {
        return LedgerOpening.open(file, true);
    }

    /** See {@link LedgerOpening#openWithPageLimit}: for the tests that prove a full disk rolls the unit back. */
    static Ledger openWithPageLimit(Path file, long maxPages) {
        return LedgerOpening.openWithPageLimit(file, maxPages);
    }

    /** Creates a new, empty ledger file (schema only; the company is set up by a service). */
    public static Ledger create(Path file) {
        return LedgerOpening.create(file);
    }

    /** The SQLite data source of a ledger file, with the pragmas every connection gets. */
    static SQLiteDataSource dataSource(Path file) {
        return LedgerOpening.dataSource(file);
    }

    /**
     * Removes a closed ledger that was never finished (its company setup failed): the file, its
     * {@code -wal} and {@code -shm}, and its lock's sidecar, so that a refused create leaves nothing.
     */
    public static void removeUnfinished(Path file) {
        LedgerOpening.removeUnfinished(file);
    }

    /** The ledger's file; refused with a sentence for a ledger on a server (see {@link #onServer}). */
    public Path file() {
        requireFile();
        return file;
    }

    /**
     * Writes a consistent copy of the ledger as of its last commit into its backup folder, then
     * deletes the backups the retention rule no longer keeps (see {@link BackupFolder}). A unit of
     * work that changes many rows calls this first: when the copy cannot be written, the refusal
     * (disk full, folder not writable) stops the work before it has written anything.
     */
    public BackupFile backUp(BackupReason reason) {
        requireFile();
        return backups.backUp(reason);
    }

    /** Writes a consistent copy of the ledger to {@code target}, which must not exist yet. */
    public Path backUpTo(Path target) {
        requireFile();
        return backups.backUpTo(target);
    }

    /** The backups in this ledger's backup folder, newest first. */
    public java.util.List<BackupFile> backups() {
        requireFile();
        return backups.list();
    }

    /**
     * Replaces the ledger's content with the backup {@code source}: checked first (a ledger, not
     * newer than this program, SQLite's full integrity check), then the current ledger is backed up
     * (reason {@code restore}), then SQLite copies the backup's pages into this file in one write
     * transaction, so that a crash half way leaves the ledger as it was. The file keeps its identity
     * (and so its lock); an older backup is migrated after. The backup file is only read.
     */
    public BackupFile restoreFrom(Path source) {
        return restoreFrom(source, (work, previous) -> { });
    }

    /**
     * {@link #restoreFrom(Path)}, then {@code afterwards} in one transaction on the restored content,
     * given the path of the ledger's backup as it was (the restore's audit entry). The close does
     * not back that up again: the restored content is a backup already.
     */
    public BackupFile restoreFrom(Path source, java.util.function.BiConsumer<UnitOfWork, Path> afterwards) {
        requireFile();
        return LedgerRestore.restore(this, source.toAbsolutePath().normalize(), afterwards);
    }

    /**
     * Restores {@code source} into the ledger file {@code ledgerFile}, open or not (the {@code restore}
     * command): see {@link LedgerRestore#restoreInto}. Returns where the ledger as it was went: its
     * backup, or the damaged file set aside.
     */
    public static Path restore(Path ledgerFile, Path source, java.util.function.BiConsumer<UnitOfWork, Path> afterwards) {
        return LedgerRestore.restoreInto(ledgerFile, source.toAbsolutePath().normalize(), afterwards);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** After a restore: the restored content is a backup already, so the close need not copy it again. */
    void markBackedUp() {
        backups.markBackedUp();
    }

    /**
     * Runs one use case in one transaction; any exception rolls all of it back. Before it commits,
     * the {@link VoucherGuard} proves that every voucher the unit added balances.
     */
    public <T> T inTransaction(Function<UnitOfWork, T> work) {
        return transactions.inTransaction(work);
    }

    public void inTransactionDo(Consumer<UnitOfWork> work) {
        inTransaction(unit -> {
            work.accept(unit);
            return null;
        });
    }

    /**
     * The same transaction on a bare Hibernate session, for tests that inspect or break a ledger
     * on purpose; the layers above persistence use {@link #inTransaction}. Guarded alike.
     */
    public <T> T inSessionTransaction(Function<Session, T> work) {
        return inTransaction(unit -> work.apply(unit.session()));
    }

    public void inSessionTransactionDo(Consumer<Session> work) {
        inTransactionDo(unit -> work.accept(unit.session()));
    }

    /**
     * Runs one large use case (a reimbursement run, an import) in one transaction, like
     * {@link #inTransaction} and guarded alike, on a connection tuned for it:
     * <ul>
     *   <li>SQLite's foreign-key enforcement is off for this connection only. Each enforced
     *       reference costs an index probe per written row: a third of a run that writes a million
     *       rows. The bulk work writes only references it has just looked up or made, inside the
     *       same transaction, so none can dangle; the ledger check proves it
     *       afterwards with {@code PRAGMA foreign_key_check}.</li>
     *   <li>No automatic checkpoint at commit: the commit only appends to the WAL (that is what
     *       makes it durable), and the copy into the main file follows on a background thread, so
     *       the caller gets the result as soon as the transaction has landed.</li>
     * </ul>
     */
    public <T> T inBulkTransaction(Function<UnitOfWork, T> work) {
        return transactions.inBulkTransaction(work);
    }

    static long millisSince(long nanoTimeStart) {
        return (System.nanoTime() - nanoTimeStart) / 1_000_000;
    }

    /** The bulk transaction on a bare Hibernate session, for tests (see {@link #inSessionTransaction}). */
    public <T> T inBulkSessionTransaction(Function<Session, T> work) {
        return inBulkTransaction(unit -> work.apply(unit.session()));
    }

    /** Waits for a background checkpoint to finish, if one runs (for benchmarks that time it). */
    public void awaitCheckpoint() {
        anchor.awaitCheckpoint();
    }

    @Override
    public void close() {
        if (server != null) {
            TIMING.debug("close: open for {} ms, {} transactions", millisSince(openedAt), transactions.count());
            try {
                sessionFactory.close();
            } finally {
                if (dataSource instanceof AutoCloseable pool) {
                    try {
                        pool.close();
                    } catch (Exception e) {
                        LOG.warn("Closing the connections to {} failed: {}", server.display(), e.getMessage());
                    }
                }
            }
            return;
        }
        TIMING.debug("close: open for {} ms, {} transactions", millisSince(openedAt), transactions.count());
        try {
            long start = System.nanoTime();
            anchor.finishCheckpoints();
            TIMING.debug("close: waited {} ms for the background checkpoint", millisSince(start));
            backups.backUpAtCloseIfChanged();
            start = System.nanoTime();
            sessionFactory.close();
            TIMING.debug("close: Hibernate {} ms", millisSince(start));
        } finally {
            try {
                long start = System.nanoTime();
                anchor.closeLast();
                TIMING.debug("close: last connection (final checkpoint) {} ms", millisSince(start));
                // The file passed the check at open (or is new) and only SQLite wrote it since:
                // the next open need not read it all again (see LedgerFileInspector).
                lock.writeStamp(LedgerFileInspector.stamp(file));
            } catch (SQLException e) {
                LOG.warn("Closing {} failed: {}", file, e.getMessage());
            } finally {
                lock.close();
            }
        }
    }
}
