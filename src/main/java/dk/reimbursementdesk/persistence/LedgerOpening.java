package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.backup.BackupFolder;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * How a {@link Ledger} comes to be: the file checked (without touching it when it is refused), the
 * lock taken, the schema migrated (after a backup of an older ledger), Hibernate started on the
 * SQLite data source with the program's pragmas, and the anchor connection opened; and how an
 * unfinished new ledger is removed again. Apart from {@link Ledger}, which is the open ledger's
 * life: its transactions, backups, checkpoints and close.
 */
final class LedgerOpening {

    /** The entities Hibernate validates against the migrated schema. Features add theirs here. */
    private static final List<Class<?>> ENTITIES = List.of(
            DateTextConverter.class, DateTimeTextConverter.class,
            LegalEntity.class, Currency.class, ExchangeRate.class, LedgerAccount.class, NumberSequence.class,
            CustomerGroup.class, VendorGroup.class, Parameters.class, Vendor.class, Customer.class,
            Voucher.class, VoucherLine.class, CustomerTransaction.class, CustomerOpenItem.class, CustomerSettlement.class,
            VendorTransaction.class, VendorSettlement.class,
            ReimbursementRun.class, Reimbursement.class, WriteOff.class);

    private LedgerOpening() {
    }

    /**
     * Opens a ledger whose every connection may grow the file to {@code maxPages} pages only
     * ({@code PRAGMA max_page_count}): SQLite then fails a write past it with SQLITE_FULL, exactly as
     * on a full disk. For the tests that prove a full disk rolls the unit back and says so.
     */
    static Ledger openWithPageLimit(Path file, long maxPages) {
        Path absolute = file.toAbsolutePath().normalize();
        LedgerLock lock = LedgerLock.acquire(absolute);
        lock.takeStamp();
        try {
            SQLiteDataSource limited = dataSource(absolute);
            limited.getConfig().setPragma(SQLiteConfig.Pragma.MAX_PAGE_COUNT, String.valueOf(maxPages));
            return start(absolute, lock, false, limited);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    static Ledger open(Path file, boolean readOnly) {
        Path absolute = file.toAbsolutePath().normalize();
        long start = System.nanoTime();
        LedgerFileInspector.requireOpenable(absolute);
        LedgerLock lock = LedgerLock.acquire(absolute);
        String lastClose = lock.takeStamp();
        Ledger.TIMING.debug("open {}: lock {} ms", absolute.getFileName(), Ledger.millisSince(start));
        try {
            LedgerFileInspector.Schema schema = LedgerFileInspector.requireLedger(absolute, lastClose);
            if (schema == LedgerFileInspector.Schema.OLDER && readOnly) {
                throw LedgerFileInspector.refusal(SqlFailures.BUNDLE, "ledger.olderForReading", absolute, null, absolute);
            }
            return start(absolute, lock, schema == LedgerFileInspector.Schema.OLDER, readOnly);
        } catch (RuntimeException e) {
            lock.closeAndRemoveIfNew();
            throw e;
        }
    }

    static Ledger create(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new UserException("ledger.exists", absolute);
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Made empty first (SQLite takes an empty file as a new database), so the lock can be
            // keyed by the file's identity; made exclusively, so two creates of one name cannot both win.
            Files.createFile(absolute);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UserException("ledger.exists", absolute);
        } catch (IOException e) {
            throw new UserException(UserException.DEFAULT_BUNDLE, "ledger.cannotCreate", new Object[] {absolute, e.getMessage()}, e);
        }
        LedgerLock lock = LedgerLock.acquire(absolute);
        try {
            LedgerPageSize.setOnNewFile(absolute);
            return start(absolute, lock, false, false);
        } catch (RuntimeException e) {
            lock.closeAndRemoveIfNew();
            throw e;
        }
    }

    private static Ledger start(Path file, LedgerLock lock, boolean upgrade, boolean readOnly) {
        return start(file, lock, upgrade, readOnly ? QueryOnlyDataSource.of(dataSource(file)) : dataSource(file));
    }

    private static Ledger start(Path file, LedgerLock lock, boolean upgrade, SQLiteDataSource dataSource) {
        boolean readOnly = dataSource instanceof QueryOnlyDataSource;
        long start = System.nanoTime();
        if (upgrade) {
            // The ledger as the older program left it, before the first migration touches it.
            BackupFolder.of(file).write(dataSource, BackupReason.UPGRADE, LocalDateTime.now());
        }
        if (!readOnly) {
            LedgerSchema.migrate(file, dataSource);
        }
        Ledger.TIMING.debug("open: Flyway {} ms", Ledger.millisSince(start));
        start = System.nanoTime();
        SessionFactory sessionFactory;
        try {
            sessionFactory = sessionFactory(dataSource, Engine.SQLITE);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, file);
        }
        Ledger.TIMING.debug("open: Hibernate session factory {} ms", Ledger.millisSince(start));
        try {
            start = System.nanoTime();
            Connection anchor = dataSource.getConnection();
            Ledger.TIMING.debug("open: anchor connection {} ms", Ledger.millisSince(start));
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

    /**
     * Hibernate on the ledger's data source. On SQLite it validates the entities against the
     * migrated schema. On PostgreSQL it does not: the entities keep dates as ISO text for SQLite
     * ({@code DateTextConverter}) while the server's columns are {@code date}, which the validator
     * calls a mismatch although the driver converts both ways; Flyway owns the schema, and the
     * service tests run every entity against a real PostgreSQL.
     */
    static SessionFactory sessionFactory(DataSource dataSource, Engine engine) {
        Configuration configuration = new Configuration();
        ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, engine == Engine.SQLITE ? "validate" : "none");
        configuration.setProperty("hibernate.type.java_time_use_direct_jdbc", "true");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "500");
        configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        return configuration.buildSessionFactory();
    }

    /**
     * Removes a closed ledger that was never finished (its company setup failed): the file, its
     * {@code -wal} and {@code -shm}, and its lock's sidecar, so that a refused create leaves nothing.
     */
    static void removeUnfinished(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new java.util.ArrayList<>();
        if (Files.exists(absolute)) {
            files.add(LedgerLock.sidecarOf(absolute));
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            files.add(absolute.resolveSibling(absolute.getFileName() + suffix));
        }
        for (Path each : files) {
            try {
                Files.deleteIfExists(each);
            } catch (IOException ignored) {
                // the setup's refusal is what the user needs to read; a leftover file is named in it
            }
        }
    }
}
