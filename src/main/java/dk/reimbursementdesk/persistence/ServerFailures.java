package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import org.postgresql.util.PSQLException;

/**
 * What PostgreSQL says when a ledger on a server cannot be opened or a unit of work fails for a
 * reason outside the program, as a sentence (by SQLSTATE, never by the server's English text, and
 * never with the password: the driver's messages do not carry it, and the URL is never printed).
 * The SQLite file's causes are in {@link SqlFailures}, which asks this class for PostgreSQL's.
 */
final class ServerFailures {

    private ServerFailures() {
    }

    /** The sentence for the server's {@code failure}, or null when its state names no cause we know. */
    static UserException forState(PSQLException failure, Object ledger, Throwable whole) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String key;
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            // 08004: the driver's "the server requested password-based authentication, but no password was provided"
            key = "server.authFailed";
        } else if (state.startsWith("08")) {
            key = "server.unreachable";
        } else if (state.equals("3D000")) {
            key = "server.noDatabase";
        } else if (state.equals("42501")) {
            key = "server.notAllowed";
        } else if (state.equals("53100")) {
            key = "server.diskFull";
        } else if (state.equals("55P03") || state.equals("57014")) {
            key = "server.busy";
        } else if (state.equals("40001") || state.equals("40P01")) {
            key = "server.conflict";
        } else if (state.equals("25006")) {
            key = "ledger.readOnlyInUse";
            return new UserException(SqlFailures.BUNDLE, key, new Object[] {ledger}, whole);
        } else if (state.equals("42P01")) {
            return new UserException(SqlFailures.BUNDLE, "ledger.missingTable", new Object[] {ledger, "?"}, whole);
        } else {
            return null;
        }
        return new UserException(ServerAddress.BUNDLE, key, new Object[] {ledger}, whole);
    }
}
