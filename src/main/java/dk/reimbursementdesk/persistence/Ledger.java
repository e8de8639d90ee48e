package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
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
            Voucher.class, VoucherLine.class, CustomerTransaction.class, CustomerSettlement.class,
            VendorTransaction.class, VendorSettlement.class,
            ReimbursementRun.class, Reimbursement.class);

    private final Path file;
    private final LedgerLock lock;
    private final SessionFactory sessionFactory;

    private Ledger(Path file, LedgerLock lock, SessionFactory sessionFactory) {
        this.file = file;
        this.lock = lock;
        this.sessionFactory = sessionFactory;
    }

    /** Opens an existing ledger; refuses a file that is not one, or is damaged, without touching it. */
    public static Ledger open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        LedgerLock lock = LedgerLock.acquire(absolute);
        try {
            LedgerFileInspector.requireLedger(absolute);
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
        } catch (java.io.IOException e) {
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
        migrate(file, dataSource);
        return new Ledger(file, lock, sessionFactory(dataSource));
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
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static void migrate(Path file, DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.migrationFailed", new Object[] {file, e.getMessage()}, e);
        }
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

    /** Runs one use case in one transaction; any exception rolls all of it back. */
    public <T> T inTransaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    public void inTransactionDo(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }

    /** For set-based bulk work (reimbursement runs, imports): no first-level cache, JDBC batching. */
    public <T> T inStatelessTransaction(Function<StatelessSession, T> work) {
        return sessionFactory.fromStatelessTransaction(work);
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            lock.close();
        }
    }
}
