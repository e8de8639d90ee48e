package dk.reimbursementdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The one way a use case reaches an open ledger: a unit of work in one database transaction that
 * lands whole or not at all, guarded by the {@link VoucherGuard} before it commits, its failures
 * turned into sentences ({@link SqlFailures}). {@link Ledger} hands its {@code inTransaction} and
 * {@code inBulkTransaction} here; this class owns how they run, the ledger owns what it is.
 */
final class LedgerTransactions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ledger.class);

    private final Engine engine;
    private final DataSource dataSource;
    private final SessionFactory sessionFactory;
    private final LedgerAnchor anchor;
    /** What sentences call the ledger: its file or its server. */
    private final Object where;
    private final AtomicInteger count = new AtomicInteger();

    LedgerTransactions(Engine engine, DataSource dataSource, SessionFactory sessionFactory, LedgerAnchor anchor, Object where) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.anchor = anchor;
        this.where = where;
    }

    /** See {@link Ledger#inTransaction}. */
    <T> T inTransaction(Function<UnitOfWork, T> work) {
        long start = System.nanoTime();
        T result;
        try {
            result = sessionFactory.fromTransaction(session -> guarded(session, work));
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, where);
        }
        log("transaction", start);
        return result;
    }

    /** See {@link Ledger#inBulkTransaction}: why the connection is tuned so is written there. */
    <T> T inBulkTransaction(Function<UnitOfWork, T> work) {
        long start = System.nanoTime();
        T result;
        try (Connection connection = dataSource.getConnection()) {
            if (engine == Engine.SQLITE) {
                try (Statement statement = connection.createStatement()) {
                    // Both must be set outside a transaction: inside one, foreign_keys is a no-op.
                    statement.execute("PRAGMA foreign_keys = OFF");
                    statement.execute("PRAGMA wal_autocheckpoint = 0");
                }
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
            throw SqlFailures.translate(new LedgerAccessException("Bulk transaction connection failed", e), where);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, where);
        }
        if (engine == Engine.SQLITE) {
            anchor.checkpointInBackground();
        }
        log("bulk transaction", start);
        return result;
    }

    /** How many units of work have landed: the close's timing line says it. */
    int count() {
        return count.get();
    }

    private <T> T guarded(Session session, Function<UnitOfWork, T> work) {
        UnitOfWork unit = new UnitOfWork(session, engine, where);
        VoucherGuard guard = VoucherGuard.begin(unit.sql());
        T result = work.apply(unit);
        session.flush();
        unit.sql().moveIdentitiesPastExplicitIds();
        long start = System.nanoTime();
        guard.check(unit.sql());
        LOG.debug("Voucher guard took {} ms", (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** The first one includes what Hibernate and the JIT do the first time; a failed one is not logged. */
    private void log(String kind, long start) {
        int number = count.incrementAndGet();
        Ledger.TIMING.debug("{} {} took {} ms", kind, number, Ledger.millisSince(start));
    }
}
