package dk.reimbursementdesk.persistence.setup;

import dk.reimbursementdesk.persistence.Like;
import dk.reimbursementdesk.persistence.Sql;

/**
 * A list's quick filter: the typed text, contained in any of the list's columns. The statements
 * bind the pattern as {@code ?1} once, so every column reads the same parameter.
 */
final class QuickFilter {

    private QuickFilter() {
    }

    static boolean absent(String filter) {
        return filter == null || filter.isBlank();
    }

    /** {@code WHERE (a LIKE ?1 ESCAPE '\' OR b LIKE ?1 ...)}, or nothing when the filter is blank. */
    static String where(String filter, String... columns) {
        if (absent(filter)) {
            return "";
        }
        StringBuilder where = new StringBuilder(" WHERE (");
        for (int i = 0; i < columns.length; i++) {
            where.append(i == 0 ? "" : " OR ").append(columns[i]).append(" LIKE ?1").append(Like.ESCAPE);
        }
        return where.append(')').toString();
    }

    /** How many rows of {@code from} the filter matches. */
    static int count(Sql sql, String from, String filter, String... columns) {
        return absent(filter)
                ? (int) sql.queryLong("SELECT count(*)" + from)
                : (int) sql.queryLong("SELECT count(*)" + from + where(filter, columns), Like.contains(filter));
    }

    /** The sort column and direction, then the account, so that paging is stable. */
    static String orderBy(String column, boolean ascending, String account) {
        String direction = ascending ? " ASC" : " DESC";
        return column + direction + ", " + account + " COLLATE NOCASE" + direction;
    }
}
