package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.Like;
import dk.reimbursementdesk.persistence.Sql;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list's quick filter: the typed text, contained in any of the list's columns. Each column reads
 * the pattern from a parameter of its own ({@link #parameters}): PostgreSQL's driver knows no
 * numbered {@code ?1} to bind once. SQLite's LIKE ignores ASCII case; PostgreSQL's does not, so
 * there column and pattern are both lowered.
 */
final class QuickFilter {

    private QuickFilter() {
    }

    static boolean absent(String filter) {
        return filter == null || filter.isBlank();
    }

    /** {@code column LIKE ? ESCAPE '\'}, ignoring case on either engine. */
    static String like(Engine engine, String column) {
        return EngineSql.likeIgnoringCase(engine, column);
    }

    /** {@code WHERE (a LIKE ? ESCAPE '\' OR b LIKE ? ...)}, or nothing when the filter is blank. */
    static String where(Engine engine, String filter, String... columns) {
        if (absent(filter)) {
            return "";
        }
        StringBuilder where = new StringBuilder(" WHERE (");
        for (int i = 0; i < columns.length; i++) {
            where.append(i == 0 ? "" : " OR ").append(like(engine, columns[i]));
        }
        return where.append(')').toString();
    }

    /** What {@link #where} binds: the pattern once per column, nothing when the filter is blank. */
    static List<Object> parameters(String filter, String... columns) {
        return absent(filter) ? new ArrayList<>() : new ArrayList<>(Collections.nCopies(columns.length, Like.contains(filter)));
    }

    /** How many rows of {@code from} the filter matches. */
    static int count(Sql sql, String from, String filter, String... columns) {
        return (int) sql.queryLong("SELECT count(*)" + from + where(sql.engine(), filter, columns),
                parameters(filter, columns).toArray());
    }

    /** The sort column and direction, then the account, so that paging is stable. */
    static String orderBy(Engine engine, String column, boolean ascending, String account) {
        String direction = ascending ? " ASC" : " DESC";
        return column + direction + ", " + EngineSql.nocase(engine, account) + direction;
    }
}
