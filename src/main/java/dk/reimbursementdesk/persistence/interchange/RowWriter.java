package dk.reimbursementdesk.persistence.interchange;

/**
 * Writes the rows of one table a value at a time: {@link RowInserter} (multi-row INSERT statements,
 * the SQLite way and PostgreSQL's batched inserts) or {@link CopyWriter} (PostgreSQL's COPY). The
 * stores pick one by the ledger's engine; {@link #close} writes the rows still pending.
 */
interface RowWriter extends AutoCloseable {

    /** Adds the next value of the current row; null writes NULL. */
    RowWriter value(Object value);

    default RowWriter value(long value) {
        return value(Long.valueOf(value));
    }

    /** Ends the current row. */
    void endRow();

    /**
     * Between rows: lets the connection run another statement. A COPY in progress ends here (the
     * next rows begin another); multi-row inserts have nothing in flight between statements.
     */
    default void pause() {
    }

    /**
     * After a failure or a refusal, before the transaction rolls back: a COPY in progress is cancelled
     * (a connection in COPY could not even roll back), nothing more is sent. Never throws.
     */
    default void abandon() {
    }

    @Override
    void close();
}
