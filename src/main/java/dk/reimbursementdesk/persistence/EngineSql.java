package dk.reimbursementdesk.persistence;

/**
 * The few SQL snippets that differ between SQLite and PostgreSQL, in one place, so a store's
 * statement stays one text with the engine's piece put in (see {@link Engine}). Everything else is
 * written once in the SQL both engines know.
 *
 * <ul>
 *   <li>Temporary tables: SQLite keeps them on the connection it opened for the ledger; PostgreSQL
 *       would keep them on the pooled connection after the transaction, so they are created
 *       {@code ON COMMIT DROP} there, and their INTEGER columns become {@code bigint} (PostgreSQL's
 *       {@code integer} is 32 bits, SQLite's 64: sums of minor units need the 64).</li>
 *   <li>Text folding for order and comparison: SQLite's {@code COLLATE NOCASE} folds ASCII letters;
 *       PostgreSQL has no such collation, so the column is compared as {@code lower(...)} in byte
 *       order ({@code COLLATE "C"}), the order SQLite sorts in whatever the server's locale.</li>
 *   <li>Numbers written with leading zeros: SQLite's {@code printf('%06d', x)}, PostgreSQL's
 *       {@code lpad}, never cut (printf writes a longer number whole).</li>
 *   <li>Texts joined in one column: {@code group_concat} against {@code string_agg}.</li>
 *   <li>Dates: SQLite keeps them as ISO text, PostgreSQL as {@code date}; a temporary table's date
 *       column is {@link #dateType}, and days are added with {@link #plusDays}.</li>
 * </ul>
 */
public final class EngineSql {

    private EngineSql() {
    }

    /**
     * {@code CREATE TEMP TABLE name (columns)} for this transaction; {@code definition} is
     * {@code "name (column TYPE, ...)"} in SQLite's words (INTEGER, TEXT).
     */
    public static String createTempTable(Engine engine, String definition) {
        if (engine == Engine.POSTGRESQL) {
            return "CREATE TEMP TABLE " + definition.replaceAll("\\bINTEGER\\b", "bigint") + " ON COMMIT DROP";
        }
        return "CREATE TEMP TABLE " + definition;
    }

    /** Drops a temporary table if this connection has one left (an earlier plan in the same transaction). */
    public static String dropTempTable(Engine engine, String table) {
        return "DROP TABLE IF EXISTS " + (engine == Engine.POSTGRESQL ? "pg_temp." : "temp.") + table;
    }

    /** An index on a temporary table: {@code on} is {@code "table (columns)"}. */
    public static String createTempIndex(Engine engine, boolean unique, String name, String on) {
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + (engine == Engine.POSTGRESQL ? "" : "temp.") + name + " ON " + on;
    }

    /** {@code expression} compared and ordered without case of ASCII letters (SQLite's NOCASE). */
    public static String nocase(Engine engine, String expression) {
        return engine == Engine.POSTGRESQL ? "lower(" + expression + ") COLLATE \"C\"" : expression + " COLLATE NOCASE";
    }

    /** The whole number {@code expression} as text with leading zeros to {@code width} digits, longer ones whole. */
    public static String zeroPadded(Engine engine, String expression, int width) {
        if (engine == Engine.POSTGRESQL) {
            String text = "CAST(" + expression + " AS text)";
            return "lpad(" + text + ", greatest(" + width + ", length(" + text + ")), '0')";
        }
        return "printf('%0" + width + "d', " + expression + ")";
    }

    /**
     * A scalar subquery joining {@code expression} of the rows {@code from} (a FROM ... WHERE text)
     * gives, in {@code orderBy}'s order, with the unit separator (U+001F) between them; NULL for none.
     */
    public static String joined(Engine engine, String expression, String from, String orderBy) {
        if (engine == Engine.POSTGRESQL) {
            return "(SELECT string_agg(CAST(" + expression + " AS text), chr(31) ORDER BY " + orderBy + ") " + from + ")";
        }
        return "(SELECT group_concat(joined, char(31)) FROM (SELECT " + expression + " AS joined " + from + " ORDER BY " + orderBy + "))";
    }

    /** The column type of a date in a temporary table: ISO text on SQLite, {@code date} on PostgreSQL. */
    public static String dateType(Engine engine) {
        return engine == Engine.POSTGRESQL ? "date" : "TEXT";
    }

    /** The date {@code days} days after the date {@code expression}. */
    public static String plusDays(Engine engine, String expression, int days) {
        return engine == Engine.POSTGRESQL ? "(" + expression + " + " + days + ")" : "date(" + expression + ", '+" + days + " days')";
    }
}
