package dk.reimbursementdesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one JDBC helper: binds parameters in the ledger's encodings (dates as ISO text), runs a
 * statement on the unit of work's connection and reads rows through {@link Row}. Stores in
 * {@code persistence.<feature>} use it so each method reads as its SQL; statement timings go to
 * DEBUG for finding the slow step of a large run.
 */
public final class Sql {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Sql.class);

    private final Connection connection;
    private final Engine engine;
    /** The tables this unit inserted rows into with ids it numbered itself (see {@link #highestId}). */
    private final java.util.Set<String> explicitIds = new java.util.LinkedHashSet<>();

    Sql(Connection connection, Engine engine) {
        this.connection = connection;
        this.engine = engine;
    }

    /** The database this connection talks to: for the few statements that differ between them. */
    public Engine engine() {
        return engine;
    }

    /**
     * The highest id of {@code table}, for a set-based step that numbers the rows it inserts after
     * it (so that the rows of a run can name each other without reading ids back). On SQLite the
     * unit is the only writer. On PostgreSQL the table is locked against other writers (readers go
     * on) until the unit ends, so no other clerk's insert takes an id inside the block, and before
     * the unit commits the table's identity is moved past the block ({@link #moveIdentitiesPastExplicitIds}).
     */
    public long highestId(String table) {
        if (engine == Engine.POSTGRESQL && explicitIds.add(table)) {
            execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
        }
        return queryLong("SELECT coalesce(max(id), 0) FROM " + table);
    }

    /** On PostgreSQL: the next id each table's identity gives is above the ids this unit numbered itself. */
    void moveIdentitiesPastExplicitIds() {
        for (String table : explicitIds) {
            queryLong("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 0) + 1, false) FROM " + table);
        }
        explicitIds.clear();
    }

    /** The connection, for stores that need a JDBC shape this class does not offer. */
    public Connection connection() {
        return connection;
    }

    public int update(String sql, Object... parameters) {
        long start = System.nanoTime();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        } finally {
            trace(start, sql);
        }
    }

    /** A statement without parameters (DDL, temp tables, pragmas). */
    public void execute(String sql) {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw failed(sql, e);
        } finally {
            trace(start, sql);
        }
    }

    /** The first column of the first row as a number; 0 when there is no row (or it is NULL). */
    public long queryLong(String sql, Object... parameters) {
        return first(sql, row -> row.number(1), parameters).orElse(0L);
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = new ArrayList<>();
        each(sql, row -> rows.add(mapper.map(row)), parameters);
        return rows;
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        long start = System.nanoTime();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(new Row(rs))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        } finally {
            trace(start, sql);
        }
    }

    /** Hands every row to the consumer as it is read, for results too large to hold. */
    public void each(String sql, RowConsumer consumer, Object... parameters) {
        long start = System.nanoTime();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                Row row = new Row(rs);
                while (rs.next()) {
                    consumer.accept(row);
                }
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        } finally {
            trace(start, sql);
        }
    }

    /** Runs one parameterised statement for many rows in JDBC batches of {@code batchSize}. */
    public Batch batch(String sql, int batchSize) {
        try {
            return new Batch(sql, connection.prepareStatement(sql), batchSize);
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    @FunctionalInterface
    public interface RowConsumer {
        void accept(Row row);
    }

    /** A statement run for many parameter rows; {@link #close} sends what is left. */
    public static final class Batch implements AutoCloseable {
        private final String sql;
        private final PreparedStatement statement;
        private final int size;
        private int pending;

        private Batch(String sql, PreparedStatement statement, int size) {
            this.sql = sql;
            this.statement = statement;
            this.size = size;
        }

        public void add(Object... parameters) {
            try {
                bind(statement, parameters);
                statement.addBatch();
                if (++pending == size) {
                    flush();
                }
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        public void flush() {
            if (pending == 0) {
                return;
            }
            try {
                statement.executeBatch();
                pending = 0;
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        @Override
        public void close() {
            try {
                flush();
            } finally {
                try {
                    statement.close();
                } catch (SQLException e) {
                    LOG.warn("Closing a batch statement failed: {}", e.getMessage());
                }
            }
        }
    }

    static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof LocalDate || p instanceof LocalDateTime) {
                s.setString(i + 1, p.toString());
            } else if (p instanceof Boolean b) {
                s.setInt(i + 1, b ? 1 : 0);
            } else if (p instanceof Enum<?> e) {
                s.setString(i + 1, e.name());
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    private static LedgerAccessException failed(String sql, SQLException e) {
        return new LedgerAccessException("Statement failed [" + compact(sql) + "]", e);
    }

    private static void trace(long start, String sql) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, compact(sql));
        }
    }

    private static String compact(String sql) {
        String compact = sql.replaceAll("\\s+", " ").trim();
        return compact.substring(0, Math.min(120, compact.length()));
    }
}
