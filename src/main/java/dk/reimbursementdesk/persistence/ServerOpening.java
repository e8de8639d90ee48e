package dk.reimbursementdesk.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * How a {@link Ledger} on a PostgreSQL server comes to be: the pool (HikariCP) started on the
 * address, the database checked (empty, a ledger, or another program's), the schema made or
 * migrated with Flyway, Hibernate started. A file's single-instance lock has no part here: several
 * clerks share the server's ledger, and the units of work that post take the database's own locks
 * ({@link PostingLock}).
 */
final class ServerOpening {

    /** What a database holds before the ledger opens. */
    private enum Content { EMPTY, LEDGER, OTHER }

    private ServerOpening() {
    }

    static Ledger open(ServerAddress address, boolean readOnly) {
        return start(address, false, readOnly);
    }

    static Ledger create(ServerAddress address) {
        return start(address, true, false);
    }

    private static Ledger start(ServerAddress address, boolean create, boolean readOnly) {
        String name = address.display();
        long start = System.nanoTime();
        HikariDataSource pool;
        try {
            pool = pool(address, readOnly);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, name);
        }
        Ledger.TIMING.debug("open {}: pool {} ms", name, Ledger.millisSince(start));
        List<String> before = null;
        try {
            Content content = content(pool);
            if (create && content != Content.EMPTY) {
                throw content == Content.LEDGER
                        ? dk.reimbursementdesk.domain.UserException.in(ServerAddress.BUNDLE, "server.alreadyLedger", name)
                        : dk.reimbursementdesk.domain.UserException.in(ServerAddress.BUNDLE, "server.notEmpty", name);
            }
            if (!create && content != Content.LEDGER) {
                throw dk.reimbursementdesk.domain.UserException.in(ServerAddress.BUNDLE,
                        content == Content.EMPTY ? "server.empty" : "server.notALedger", name);
            }
            if (!create) {
                LedgerSchema.compare(name, appliedVersions(pool), Engine.POSTGRESQL, "server.newerSchema", ServerAddress.BUNDLE);
            }
            if (readOnly) {
                LedgerSchema.requireCurrent(name, appliedVersions(pool), Engine.POSTGRESQL);
            }
            start = System.nanoTime();
            before = create ? objects(pool) : null;
            if (!readOnly) {
                LedgerSchema.migrate(name, pool, Engine.POSTGRESQL);
            }
            Ledger.TIMING.debug("open: Flyway {} ms", Ledger.millisSince(start));
            start = System.nanoTime();
            SessionFactory sessionFactory = LedgerOpening.sessionFactory(pool, Engine.POSTGRESQL);
            Ledger.TIMING.debug("open: Hibernate session factory {} ms", Ledger.millisSince(start));
            Ledger ledger = new Ledger(address, pool, sessionFactory);
            if (create) {
                ledger.madeOver(before);
            }
            return ledger;
        } catch (RuntimeException e) {
            try {
                if (before != null) {
                    // Flyway's own history table outlives a failed migration: a failed create leaves nothing.
                    dropAllBut(pool, before, name);
                }
            } catch (RuntimeException dropFailed) {
                e.addSuppressed(dropFailed);
            } finally {
                pool.close();
            }
            throw SqlFailures.translate(e, name);
        }
    }

    /**
     * The pool: a few connections are enough for one clerk's window (a use case, a list loading
     * beside it). {@code stringtype=unspecified} lets the server type a parameter bound as text by
     * its column, so the ISO dates every statement binds as text land in {@code date} columns as on
     * SQLite. The application name carries the OS user: it is what another clerk reads in
     * "a posting is in progress by ..." ({@link PostingLock}) and what the server's own views show.
     */
    private static HikariDataSource pool(ServerAddress address, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        address.password().ifPresent(config::setPassword);
        config.setPoolName("ledger " + address.display());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setAutoCommit(true);
        // The check command's connections: the server refuses any write in them.
        config.setReadOnly(readOnly);
        config.addDataSourceProperty("stringtype", "unspecified");
        config.addDataSourceProperty("ApplicationName", "Reimbursement Desk (" + PostingLock.osUser() + ")");
        // A batch of inserts goes to the server as multi-row statements: several times fewer round trips.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("connectTimeout", "10");
        address.parameters().forEach(config::addDataSourceProperty);
        return new HikariDataSource(config);
    }

    /**
     * Empty means no object at all in the schema, as Flyway counts them: a database holding only a
     * function, a sequence or a type of its own is another's (Flyway would refuse to make the
     * schema beside it, with no better sentence than "could not be brought up to date").
     */
    private static Content content(HikariDataSource pool) {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT count(*) AS history FROM information_schema.tables
                     WHERE table_schema = current_schema() AND table_name = 'flyway_schema_history'""")) {
            rs.next();
            if (rs.getLong("history") > 0) {
                return Content.LEDGER;
            }
        } catch (SQLException e) {
            throw new LedgerAccessException("Reading the database's tables failed", e);
        }
        return objects(pool).isEmpty() ? Content.EMPTY : Content.OTHER;
    }

    private static List<String> appliedVersions(HikariDataSource pool) {
        List<String> versions = new ArrayList<>();
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new LedgerAccessException("Reading the schema history failed", e);
        }
        return versions;
    }

    /**
     * The objects of the ledger's schema ({@code current_schema()}), each as the statement that drops
     * it: relations, functions and types, in the order they can be dropped (views and tables first,
     * whose {@code CASCADE} takes their indexes, triggers and identity sequences along; then what is
     * left). Taken before a create's Flyway run, so a failed create drops exactly what it added and
     * never another's object ({@link #dropAllBut}).
     */
    static List<String> objects(DataSource pool) {
        List<String> drops = new ArrayList<>();
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT drop_statement FROM (
                         SELECT CASE c.relkind WHEN 'v' THEN 1 WHEN 'm' THEN 1 WHEN 'S' THEN 3 ELSE 2 END AS step,
                                'DROP ' || CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                    WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END
                                    || ' IF EXISTS ' || quote_ident(c.relname) || ' CASCADE' AS drop_statement
                         FROM pg_class c
                         WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                         UNION ALL
                         SELECT 4, 'DROP ' || CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END
                                    || ' IF EXISTS ' || p.oid::regprocedure || ' CASCADE'
                         FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
                         UNION ALL
                         SELECT 5, 'DROP TYPE IF EXISTS ' || quote_ident(t.typname) || ' CASCADE'
                         FROM pg_type t
                         WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype IN ('e', 'd', 'r', 'm')
                     ) o ORDER BY step, drop_statement""")) {
            while (rs.next()) {
                drops.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new LedgerAccessException("Reading the database's objects failed", e);
        }
        return drops;
    }

    /** Drops, in one transaction, every object of the schema that {@code before} ({@link #objects}) did not hold. */
    static void dropAllBut(DataSource pool, List<String> before, String name) {
        List<String> added = new ArrayList<>(objects(pool));
        added.removeAll(before);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String drop : added) {
                    statement.execute(drop);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            Ledger.TIMING.debug("create on {} undone: {} objects dropped", name, added.size());
        } catch (SQLException e) {
            throw new LedgerAccessException("Dropping what the failed create made in " + name + " failed", e);
        }
    }
}
