package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite says when a unit of work fails for a reason outside the program into a sentence
 * that names the cause (issue 18): a full disk, a read-only file, a file another program holds busy,
 * a statement too long for SQLite, a table missing from the file, a damaged page. The failing unit of
 * work has been rolled back when this runs, so every sentence can say that nothing was saved. A failure
 * that is none of these is left as it was, for the caller's own general sentence.
 */
final class SqlFailures {

    static final String BUNDLE = "i18n.ledgerfile";
    /** Hibernate's schema validation: "missing table [name]", "missing column [name] in table [...]". */
    private static final Pattern MISSING_IN_SCHEMA = Pattern.compile("missing (table|column) \\[([^\\]]+)\\]");
    private static final Pattern NO_SUCH_TABLE = Pattern.compile("no such (table|column): ([\\w.]+)");

    private SqlFailures() {
    }

    /** The refusal for {@code failure}, or {@code failure} itself when it names no cause we know. */
    static RuntimeException translate(RuntimeException failure, Object file) {
        if (failure instanceof UserException && failure.getCause() == null) {
            return failure;
        }
        UserException named = cause(failure, file);
        return named == null ? failure : named;
    }

    private static UserException cause(Throwable failure, Object file) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                UserException named = forCode(sqlite.getResultCode().code, sqlite.getMessage(), file, failure);
                if (named != null) {
                    return named;
                }
            } else if (t instanceof org.postgresql.util.PSQLException postgres) {
                UserException named = ServerFailures.forState(postgres, file, failure);
                if (named != null) {
                    return named;
                }
            } else if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                UserException named = forCode(sql.getErrorCode(), sql.getMessage(), file, failure);
                if (named != null) {
                    return named;
                }
            } else if (t instanceof org.hibernate.tool.schema.spi.SchemaManagementException schema
                    && MISSING_IN_SCHEMA.matcher(String.valueOf(schema.getMessage())).find()) {
                Matcher matcher = MISSING_IN_SCHEMA.matcher(schema.getMessage());
                matcher.find();
                return new UserException(BUNDLE, "ledger.missingTable", new Object[] {file, matcher.group(2)}, failure);
            } else if (t instanceof FlywayException flyway && String.valueOf(flyway.getMessage()).toLowerCase(Locale.ROOT).contains("checksum mismatch")) {
                return new UserException(BUNDLE, "ledger.migrationChanged", new Object[] {file}, failure);
            }
        }
        return null;
    }

    private static UserException forCode(int code, String message, Object file, Throwable failure) {
        int primary = code & 0xff;
        String text = String.valueOf(message);
        String key;
        Object[] arguments = {file};
        if (primary == SQLiteErrorCode.SQLITE_FULL.code || text.contains("No space left")) {
            key = "ledger.diskFull";
        } else if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            key = "ledger.readOnlyInUse";
        } else if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            key = "ledger.busy";
        } else if (primary == SQLiteErrorCode.SQLITE_TOOBIG.code || text.contains("too many terms in compound SELECT")
                || text.contains("Expression tree is too large") || text.contains("too many SQL variables")
                || text.contains("parser stack overflow")) {
            key = "ledger.statementTooLong";
        } else if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            key = "ledger.damagedInUse";
        } else if (primary == SQLiteErrorCode.SQLITE_ERROR.code && NO_SUCH_TABLE.matcher(text).find()) {
            Matcher matcher = NO_SUCH_TABLE.matcher(text);
            matcher.find();
            key = "ledger.missingTable";
            arguments = new Object[] {file, matcher.group(2)};
        } else {
            return null;
        }
        return new UserException(BUNDLE, key, arguments, failure);
    }
}
