package dk.reimbursementdesk.persistence;

import java.sql.SQLException;

/**
 * A statement the ledger could not run: a programming error or a broken file, never a rule a user
 * broke (those are {@code UserException}s). It rolls the unit of work back like any exception.
 */
public final class LedgerAccessException extends RuntimeException {

    public LedgerAccessException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    static LedgerAccessException reading(String column, SQLException cause) {
        return new LedgerAccessException("Reading column " + column + " failed", cause);
    }
}
