package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open ledger file: the process lock, the SQLite data source with our pragmas, the migrated
 * schema and Hibernate. Every use case runs through {@link #inTransaction}: one database transaction
 * that lands whole or not at all (SQLite's journal makes that hold even when the process is killed).
 */
public final class Ledger implements AutoCloseable {

    /** The entities Hibernate validates against the migrated schema. Features add theirs here. */
    private static final List<Class<?>> ENTITIES = List.of(
            DateTextConverter.class, DateTimeTextConverter.class,
            LegalEntity.class, Currency.class, ExchangeRate.class, LedgerAccount.class, NumberSequence.class,
            CustomerGroup.class, VendorGroup.class, Parameters.class, Vendor.class, Customer.class,
            Voucher.class, VoucherLine.class, CustomerTransaction.class, CustomerOpenItem.class, CustomerSettlement.class,
            VendorTransaction.class, VendorSettlement.class,
            ReimbursementRun.class, Reimbursement.class);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ledger.class);
    /**
     * Where an open, a use case and a close spend their time, at DEBUG: {@code -Ddesk.timing=DEBUG}
     * switches it on (see logback.xml). Standard error only, like every log.
     */
    static final org.slf4j.Logger TIMING = org.slf4j.LoggerFactory.getLogger("dk.reimbursementdesk.timing.ledger");

    private final Path file;
    private final LedgerLock lock;
    private final DataSource dataSource;
    private final SessionFactory sessionFactory;
    /**
     * Held open, idle, for the ledger's lifetime. SQLite checkpoints the WAL into the file when
     * the last connection closes; every use case opens and closes its own connection, so without
     * this one each would pay that checkpoint (most of a second after a large run). The checkpoints
     * run here instead: in the background after a bulk transaction, and whole at {@link #close}.
     */
    private final Connection anchor;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledger-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Future<?> checkpoint;
    private final long openedAt = System.nanoTime();
    private final AtomicInteger transactions = new AtomicInteger();

    private Ledger(Path file, LedgerLock lock, DataSource dataSource, SessionFactory sessionFactory, Connection anchor) {
        this.file = file;
        this.lock = lock;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.anchor = anchor;
    }

    /** Opens an existing ledger; refuses a file that is not one, or is damaged, without touching it. */
    public static Ledger open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        long start = System.nanoTime();
        LedgerLock lock = LedgerLock.acquire(absolute);
        String lastClose = lock.takeStamp();
        TIMING.debug("open {}: lock {} ms", absolute.getFileName(), millisSince(start));
        try {
            LedgerFileInspector.requireLedger(absolute, lastClose);
            return start(absolute, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Creates a new, empty ledger file (schema only; the company is set up by a service). */
    public static Ledger create(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new UserException("ledger.exists", absolute);
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.cannotCreate", new Object[] {absolute, e.getMessage()}, e);
        }
        LedgerLock lock = LedgerLock.acquire(absolute);
        try {
            return start(absolute, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Ledger start(Path file, LedgerLock lock) {
        DataSource dataSource = dataSource(file);
        long start = System.nanoTime();
        LedgerSchema.migrate(file, dataSource);
        TIMING.debug("open: Flyway {} ms", millisSince(start));
        start = System.nanoTime();
        SessionFactory sessionFactory = sessionFactory(dataSource);
        TIMING.debug("open: Hibernate session factory {} ms", millisSince(start));
        try {
            start = System.nanoTime();
            Connection anchor = dataSource.getConnection();
            TIMING.debug("open: anchor connection {} ms", millisSince(start));
            return new Ledger(file, lock, dataSource, sessionFactory, anchor);
        } catch (SQLException e) {
            sessionFactory.close();
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.cannotOpen", new Object[] {file, e.getMessage()}, e);
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // NORMAL is crash-safe in WAL mode: a killed process never leaves half a transaction.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // A large page cache (native memory, not Java heap) keeps set-based runs and imports over a
        // million-row ledger from re-reading pages; memory-mapped reads save copying them.
        config.setCacheSize(-262_144);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(1L << 30));
        SQLiteDataSource dataSource = new TextFold.FoldingDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static SessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration();
        ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        configuration.setProperty("hibernate.type.java_time_use_direct_jdbc", "true");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "500");
        configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        return configuration.buildSessionFactory();
    }

    public Path file() {
        return file;
    }

    /**
     * Runs one use case in one transaction; any exception rolls all of it back. Before it commits,
     * the {@link VoucherGuard} proves that every voucher the unit added balances.
     */
    public <T> T inTransaction(Function<UnitOfWork, T> work) {
        long start = System.nanoTime();
        T result = sessionFactory.fromTransaction(session -> guarded(session, work));
        logTransaction("transaction", start);
        return result;
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
        long start = System.nanoTime();
        T result;
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                // Both must be set outside a transaction: inside one, foreign_keys is a no-op.
                statement.execute("PRAGMA foreign_keys = OFF");
                statement.execute("PRAGMA wal_autocheckpoint = 0");
            }
            try (Session session = sessionFactory.withOptions().connection(connection).openSession()) {
                Transaction transaction = session.beginTransaction();
                try {
                    result = guarded(session, work);
                    long commitStart = System.nanoTime();
                    transaction.commit();
                    LOG.debug("Bulk commit took {} ms", (System.nanoTime() - commitStart) / 1_000_000);
                } catch (RuntimeException | Error e) {
                    if (transaction.isActive()) {
                        transaction.rollback();
                    }
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new LedgerAccessException("Bulk transaction connection failed", e);
        }
        checkpointInBackground();
        logTransaction("bulk transaction", start);
        return result;
    }

    /** The first one includes what Hibernate and the JIT do the first time; a failed one is not logged. */
    private void logTransaction(String kind, long start) {
        int number = transactions.incrementAndGet();
        TIMING.debug("{} {} took {} ms", kind, number, millisSince(start));
    }

    static long millisSince(long nanoTimeStart) {
        return (System.nanoTime() - nanoTimeStart) / 1_000_000;
    }

    /** The bulk transaction on a bare Hibernate session, for tests (see {@link #inSessionTransaction}). */
    public <T> T inBulkSessionTransaction(Function<Session, T> work) {
        return inBulkTransaction(unit -> work.apply(unit.session()));
    }

    private static <T> T guarded(Session session, Function<UnitOfWork, T> work) {
        UnitOfWork unit = new UnitOfWork(session);
        VoucherGuard guard = VoucherGuard.begin(unit.sql());
        T result = work.apply(unit);
        session.flush();
        long start = System.nanoTime();
        guard.check(unit.sql());
        LOG.debug("Voucher guard took {} ms", (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** Copies the WAL into the main file without blocking readers or writers (a PASSIVE checkpoint). */
    private void checkpointInBackground() {
        checkpoint = background.submit(() -> {
            long start = System.nanoTime();
            try (Statement statement = anchor.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException e) {
                // Not a loss: the committed pages stay in the WAL and the next checkpoint copies them.
                LOG.warn("Background checkpoint of {} failed: {}", file, e.getMessage());
            }
            LOG.debug("Background checkpoint took {} ms", (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** Waits for a background checkpoint to finish, if one runs (for benchmarks that time it). */
    public void awaitCheckpoint() {
        Future<?> pending = checkpoint;
        if (pending != null) {
            try {
                pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("Background checkpoint of {} failed", file, e.getCause());
            }
        }
    }

    @Override
    public void close() {
        TIMING.debug("close: open for {} ms, {} transactions", millisSince(openedAt), transactions);
        try {
            // One thread runs the checkpoints in turn, so the last one ending means all have.
            background.shutdown();
            long start = System.nanoTime();
            awaitCheckpoint();
            TIMING.debug("close: waited {} ms for the background checkpoint", millisSince(start));
            start = System.nanoTime();
            sessionFactory.close();
            TIMING.debug("close: Hibernate {} ms", millisSince(start));
        } finally {
            try {
                long start = System.nanoTime();
                // The last connection to close checkpoints the WAL into the file and removes it.
                anchor.close();
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
