package dk.reimbursementdesk.persistence;

import java.util.Optional;
import org.hibernate.Session;

/**
 * One use case's transaction, as services see it: entity work (find, persist, remove) and the
 * stores of {@code persistence.<feature>}, which hold the statements. A service gets it from
 * {@link Ledger#transaction} and never sees Hibernate or JDBC: the transaction boundary is the
 * service's, the SQL is persistence's.
 */
public final class UnitOfWork {

    private final Session session;
    private final Engine engine;
    /** The ledger's name for sentences: its file, or the server and database. */
    private final Object ledger;
    private Sql sql;
    private boolean postingLocked;

    UnitOfWork(Session session, Engine engine, Object ledger) {
        this.session = session;
        this.engine = engine;
        this.ledger = ledger;
    }

    /** The database this unit works on. */
    public Engine engine() {
        return engine;
    }

    /**
     * The first call of every use case that posts, before it reads what it decides on: on a
     * PostgreSQL ledger it waits for another clerk's posting to finish (or refuses after a while,
     * saying whose), see {@link PostingLock}; on a file it costs nothing. {@code action} names the
     * work in English for the server's session list. Taking it twice is taking it once.
     */
    public void lockForPosting(String action) {
        if (!postingLocked) {
            PostingLock.take(sql(), action, ledger);
            postingLocked = true;
        }
    }

    public <T> T find(Class<T> type, Object id) {
        return session.find(type, id);
    }

    public <T> Optional<T> findOptional(Class<T> type, Object id) {
        return Optional.ofNullable(session.find(type, id));
    }

    public void persist(Object entity) {
        session.persist(entity);
    }

    public void remove(Object entity) {
        session.remove(entity);
    }

    /** Writes pending entity changes, so the SQL that follows in this transaction sees them. */
    public void flush() {
        session.flush();
    }

    /**
     * Writes pending changes and forgets the loaded entities: after set-based SQL has changed rows
     * behind Hibernate's back, entities read later come fresh from the file.
     */
    public void flushAndClear() {
        session.flush();
        session.clear();
    }

    /** For stores: the Hibernate session of this unit of work. */
    public Session session() {
        return session;
    }

    /**
     * For stores: JDBC on this unit of work's connection. Like Hibernate's own native work it does
     * not flush: a store that reads rows the same unit has just persisted calls {@link #flush} first.
     */
    public Sql sql() {
        if (sql == null) {
            sql = new Sql(session.doReturningWork(connection -> connection), engine);
        }
        return sql;
    }
}
