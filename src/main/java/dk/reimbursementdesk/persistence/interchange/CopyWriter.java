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
 * INSERT. Measured against {@link RowInserter}'s multi-row inserts on the 100,000-customer,
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

    private final String table;
    private final int width;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
    private int column;

    CopyWriter(Connection connection, String table, String... columns) {
        this.table = table;
        this.width = columns.length;
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        } catch (SQLException e) {
            throw failed(e);
        }
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
            send();
        }
    }

    private void send() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Sends the rows still pending and ends the COPY; a failed row fails here or at an earlier send. */
    @Override
    public void close() {
        if (!copy.isActive()) {
            return;
        }
        try {
            if (buffer.length() > 0) {
                send();
            }
            copy.endCopy();
        } catch (RuntimeException e) {
            cancel();
            throw e;
        } catch (SQLException e) {
            cancel();
            throw failed(e);
        }
    }

    private void cancel() {
        try {
            if (copy.isActive()) {
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
