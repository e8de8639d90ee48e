package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.persistence.LedgerAccessException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to PostgreSQL with {@code COPY table (columns) FROM STDIN} through the driver's
 * CopyManager, on the unit of work's connection and so inside its transaction: a refused or failed
 * import rolls the copied rows back with everything else. The rows go in COPY's text format, a
 * megabyte at a time; every constraint and foreign key of the table applies to each row as with
 * INSERT. Each megabyte is sent as it fills. A connection in COPY runs no other statement until the
 * COPY ends: a caller that must run one between rows (the transactions import adds a currency the
 * first time a row names it) {@link #pause pauses} the writer, which ends the COPY there; the next
 * rows begin another. (Before, the transactions' rows were held until the writer closed, so the
 * server did all of their work after the file's last row.) Measured against {@link RowInserter}'s multi-row inserts on the 100,000-customer,
 * 1,000,000-transaction import (see docs/architecture.md, persistence): the faster of the two.
 */
final class CopyWriter implements RowWriter {

    private static final int FLUSH_BYTES = 1 << 20;

    /**
     * Whether the imports of a PostgreSQL ledger COPY (the default) or, with the system property
     * {@code desk.import.postgresInserts=true}, use {@link RowInserter}'s multi-row inserts as on
     * SQLite: kept so that the benchmark that chose COPY can measure both again.
     */
    static boolean chosen(dk.reimbursementdesk.persistence.Sql sql) {
        return sql.engine() == dk.reimbursementdesk.persistence.Engine.POSTGRESQL && !Boolean.getBoolean("desk.import.postgresInserts");
    }

    private final Connection connection;
    private final String table;
    private final String[] columns;
    private final int width;
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
    /** Begun with the first block sent. */
    private CopyIn copy;
    private boolean closed;
    private int column;

    CopyWriter(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.width = columns.length;
    }

    @Override
    public RowWriter value(Object value) {
        if (column > 0) {
            buffer.append('\t');
        }
        column++;
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof Long || value instanceof Integer) {
            buffer.append(value);
        } else if (value instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else {
            escape(value.toString());
        }
        return this;
    }

    @Override
    public RowWriter value(long value) {
        if (column > 0) {
            buffer.append('\t');
        }
        column++;
        buffer.append(value);
        return this;
    }

    /** COPY's text format: backslash, tab, newline and carriage return written as backslash escapes. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    @Override
    public void endRow() {
        if (column != width) {
            throw new IllegalStateException("A row of " + table + " needs " + width + " values, got " + column);
        }
        column = 0;
        buffer.append('\n');
        if (buffer.length() >= FLUSH_BYTES) {
            send(block());
        }
    }

    private byte[] block() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        return bytes;
    }

    private void send(byte[] block) {
        try {
            if (copy == null) {
                copy = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
            }
            copy.writeToCopy(block, 0, block.length);
        } catch (SQLException e) {
            // A connection left in COPY could not run the rollback that follows.
            cancel();
            throw failed(e);
        }
    }

    /** Sends the rows so far and ends the COPY, so the connection can run another statement; the next rows begin a new COPY. */
    @Override
    public void pause() {
        if (column != 0) {
            throw new IllegalStateException("A row of " + table + " is not ended");
        }
        try {
            if (buffer.length() > 0) {
                send(block());
            }
            if (copy != null) {
                CopyIn ended = copy;
                copy = null;
                ended.endCopy();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Sends the rows still pending and ends the COPY; a failed row fails here or at an earlier send. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (buffer.length() > 0) {
                send(block());
            }
            if (copy != null) {
                copy.endCopy();
            }
        } catch (RuntimeException e) {
            cancel();
            throw e;
        } catch (SQLException e) {
            cancel();
            throw failed(e);
        }
    }

    @Override
    public void abandon() {
        closed = true;
        buffer.setLength(0);
        cancel();
    }

    private void cancel() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction fails anyway
        }
    }

    private LedgerAccessException failed(SQLException e) {
        return new LedgerAccessException("Copying into " + table + " failed", e);
    }
}
