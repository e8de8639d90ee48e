package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.persistence.LedgerAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Inserts rows many at a time with multi-row {@code INSERT ... VALUES (...), (...), ...} statements.
 * SQLite runs a statement's constant work once per execution (such as the lookup table behind a
 * {@code CHECK (type IN (...))}), so a hundred rows per execution cost far less than a hundred
 * executions of a one-row statement, batched or not, and all constraints still apply to every row.
 * {@link #close} writes the rows still pending.
 */
final class RowInserter implements RowWriter {

    static final int ROWS_PER_STATEMENT = 100;

    private final Connection connection;
    private final String table;
    private final String head;
    private final String row;
    private final String tail;
    private final int width;
    private final PreparedStatement full;
    private final Object[] pending;
    private int rows;
    private int column;

    RowInserter(Connection connection, String table, String... columns) {
        this(connection, table, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ", "", columns.length);
    }

    /**
     * Rows of {@code width} values spliced between {@code head} and {@code tail}, for an insert that
     * selects from the rows given, e.g. {@code "INSERT INTO t SELECT ... FROM (VALUES "} and
     * {@code ") v JOIN ..."}; the values are the rows' {@code column1, column2, ...}.
     */
    RowInserter(Connection connection, String table, String head, String tail, int width) {
        this(connection, table, head, "(" + "?, ".repeat(width - 1) + "?)", tail, width);
    }

    /**
     * Rows of {@code columns}, where {@code constants} gives a value that is the same in every row
     * (a number, written into the statement): one bind less per row for each, and a bind is a call
     * into the native driver, the larger part of inserting a million narrow rows.
     */
    static RowInserter withConstants(Connection connection, String table, java.util.Map<String, Long> constants,
                                     String... columns) {
        StringBuilder row = new StringBuilder("(");
        int width = 0;
        for (int i = 0; i < columns.length; i++) {
            Long constant = constants.get(columns[i]);
            row.append(i == 0 ? "" : ", ").append(constant == null ? "?" : String.valueOf(constant.longValue()));
            width += constant == null ? 1 : 0;
        }
        return new RowInserter(connection, table, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ",
                row.append(')').toString(), "", width);
    }

    private RowInserter(Connection connection, String table, String head, String row, String tail, int width) {
        this.connection = connection;
        this.table = table;
        this.head = head;
        this.row = row;
        this.tail = tail;
        this.width = width;
        String sql = sql(ROWS_PER_STATEMENT);
        try {
            this.full = connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw failed(e);
        }
        this.pending = new Object[ROWS_PER_STATEMENT * width];
    }

    private String sql(int rowCount) {
        StringBuilder sql = new StringBuilder(head);
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.append(tail).toString();
    }

    @Override
    public RowInserter value(Object value) {
        pending[rows * width + column++] = value;
        return this;
    }

    @Override
    public RowInserter value(long value) {
        return value(Long.valueOf(value));
    }

    @Override
    public void endRow() {
        if (column != width) {
            throw new IllegalStateException("A row of " + table + " needs " + width + " values, got " + column);
        }
        column = 0;
        if (++rows == ROWS_PER_STATEMENT) {
            execute(full, rows);
        }
    }

    private void execute(PreparedStatement statement, int rowCount) {
        int count = rowCount * width;
        try {
            for (int i = 0; i < count; i++) {
                Object value = pending[i];
                if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else if (value instanceof Long l) {
                    statement.setLong(i + 1, l);
                } else if (value instanceof Boolean b) {
                    statement.setBoolean(i + 1, b);
                } else {
                    statement.setString(i + 1, value.toString());
                }
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
        rows = 0;
    }

    /** Writes the rows still pending. */
    void flush() {
        if (rows > 0) {
            try (PreparedStatement last = connection.prepareStatement(sql(rows))) {
                execute(last, rows);
            } catch (SQLException e) {
                throw failed(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            try {
                full.close();
            } catch (SQLException e) {
                // Only the statement's native handle is at stake; the rows were written or the transaction fails.
                org.slf4j.LoggerFactory.getLogger(RowInserter.class).warn("Closing an insert into {} failed: {}", table, e.getMessage());
            }
        }
    }

    private LedgerAccessException failed(SQLException e) {
        return new LedgerAccessException("Inserting into " + table + " failed", e);
    }
}
