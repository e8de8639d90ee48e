package dk.reimbursementdesk.persistence;

import java.util.regex.Pattern;

/**
 * The few SQL snippets that SQLite and PostgreSQL spell differently, in one place (issue 15). A store
 * writes one statement for both engines and asks this class for the pieces that differ; everything
 * else is standard SQL that both run. Every method takes the unit's {@link Engine} ({@code sql.engine()}).
 *
 * <p>Temporary tables: SQLite keeps a connection's TEMP tables until it closes, which the stores
 * drop before they build; PostgreSQL keeps them on the pooled connection after the transaction, so
 * there they are {@code ON COMMIT DROP}. Their columns are declared in SQLite's words; on PostgreSQL
 * an {@code INTEGER} column is a {@code bigint} (SQLite's INTEGER is 64 bits, PostgreSQL's 32) and a
 * {@code DATE} column a {@code date} (on SQLite {@code TEXT}: the ledger's dates are ISO text there).
 */
public final class EngineSql {

    private static final Pattern INTEGER = Pattern.compile("\\bINTEGER\\b");
    private static final Pattern DATE = Pattern.compile("\\bDATE\\b");

    private EngineSql() {
    }

    /**
     * {@code CREATE TEMP TABLE name (columns)}: {@code definition} is the name and the column list;
     * {@code withoutRowid} asks SQLite to keep the rows in the primary key's b-tree (a table keyed by
     * a composite key read by key ranges); PostgreSQL has no such choice.
     */
    public static String createTempTable(Engine engine, String definition, boolean withoutRowid) {
        if (engine == Engine.POSTGRESQL) {
            String columns = DATE.matcher(INTEGER.matcher(definition).replaceAll("bigint")).replaceAll("date");
            return "CREATE TEMP TABLE " + columns + " ON COMMIT DROP";
        }
        return "CREATE TEMP TABLE " + DATE.matcher(definition).replaceAll("TEXT") + (withoutRowid ? " WITHOUT ROWID" : "");
    }

    /** Drops a temporary table if this connection has it. */
    public static String dropTempTable(Engine engine, String table) {
        return "DROP TABLE IF EXISTS " + (engine == Engine.POSTGRESQL ? "pg_temp." : "temp.") + table;
    }

    /** An index on a temporary table (on PostgreSQL an index of a temporary table is temporary itself). */
    public static String createTempIndex(Engine engine, String name, String table, String columns) {
        return "CREATE INDEX " + (engine == Engine.POSTGRESQL ? "" : "temp.") + name + " ON " + table + " (" + columns + ")";
    }

    /** The larger of two values: SQLite's two-argument {@code max}, PostgreSQL's {@code greatest}. */
    public static String greatest(Engine engine, String a, String b) {
        return (engine == Engine.POSTGRESQL ? "greatest(" : "max(") + a + ", " + b + ")";
    }

    /** The smaller of two values: SQLite's two-argument {@code min}, PostgreSQL's {@code least}. */
    public static String least(Engine engine, String a, String b) {
        return (engine == Engine.POSTGRESQL ? "least(" : "min(") + a + ", " + b + ")";
    }

    /**
     * A date bound as a parameter where the statement does not say its type (a SELECT list, date
     * arithmetic): on PostgreSQL cast to {@code date}; on SQLite the ISO text itself (a CAST to date
     * there would make it a number).
     */
    public static String dateParameter(Engine engine) {
        return engine == Engine.POSTGRESQL ? "CAST(? AS date)" : "?";
    }

    /** Whole and fractional days from {@code earlier} to {@code later} (two date expressions). */
    public static String daysBetween(Engine engine, String later, String earlier) {
        return engine == Engine.POSTGRESQL
                ? "(" + later + " - " + earlier + ")"
                : "(julianday(" + later + ") - julianday(" + earlier + "))";
    }

    /** The month of a date as text, {@code 2026-03}. */
    public static String month(Engine engine, String date) {
        return engine == Engine.POSTGRESQL ? "to_char(" + date + ", 'YYYY-MM')" : "substr(" + date + ", 1, 7)";
    }

    /**
     * A whole number as text padded with zeros to {@code width} digits, longer when it has more
     * digits (as {@code printf('%06d')} does; PostgreSQL's {@code lpad} would cut it).
     */
    public static String zeroPadded(Engine engine, String number, int width) {
        if (engine == Engine.POSTGRESQL) {
            String text = "CAST(" + number + " AS text)";
            return "CASE WHEN length(" + text + ") >= " + width + " THEN " + text + " ELSE lpad(" + text + ", " + width + ", '0') END";
        }
        return "printf('%0" + width + "d', " + number + ")";
    }

    /**
     * The join that keeps its left side the outer loop: SQLite does not reorder a CROSS JOIN (and
     * takes an ON with it); PostgreSQL plans the join order itself and allows no ON after CROSS JOIN.
     */
    public static String outerFirstJoin(Engine engine) {
        return engine == Engine.POSTGRESQL ? "JOIN" : "CROSS JOIN";
    }

    /**
     * A text expression compared or sorted without regard to ASCII case: SQLite's NOCASE collation,
     * on PostgreSQL {@code lower()}, which the unique indexes on account and code columns are built on.
     */
    public static String nocase(Engine engine, String expression) {
        return engine == Engine.POSTGRESQL ? "lower(" + expression + ")" : expression + " COLLATE NOCASE";
    }

    /** {@code column LIKE ? ESCAPE '\'} regardless of ASCII case: SQLite's LIKE ignores it, PostgreSQL's does not. */
    public static String likeIgnoringCase(Engine engine, String column) {
        return engine == Engine.POSTGRESQL
                ? "lower(" + column + ") LIKE lower(CAST(? AS text))" + Like.ESCAPE
                : column + " LIKE ?" + Like.ESCAPE;
    }

    /**
     * {@code column} equal to a text parameter regardless of ASCII case, for the columns SQLite
     * declares {@code COLLATE NOCASE} (accounts, codes), so that there the column's index decides;
     * on PostgreSQL {@code lower()} of both, which its unique index on {@code lower(column)} serves.
     */
    public static String nocaseEquals(Engine engine, String column) {
        return engine == Engine.POSTGRESQL ? "lower(" + column + ") = lower(CAST(? AS text))" : column + " = ?";
    }

    /** A unique index on a temporary table. */
    public static String createUniqueTempIndex(Engine engine, String name, String table, String columns) {
        return "CREATE UNIQUE INDEX " + (engine == Engine.POSTGRESQL ? "" : "temp.") + name + " ON " + table + " (" + columns + ")";
    }

    /** The date {@code days} days after the date {@code expression}. */
    public static String plusDays(Engine engine, String expression, int days) {
        return engine == Engine.POSTGRESQL ? "(" + expression + " + " + days + ")" : "date(" + expression + ", '+" + days + " days')";
    }

    /**
     * A scalar subquery joining {@code expression} of the rows {@code from} (a FROM ... WHERE text)
     * gives, in {@code orderBy}'s order, with the unit separator (U+001F) between them; NULL for none:
     * SQLite's {@code group_concat} over an ordered subquery, PostgreSQL's {@code string_agg} with
     * its own ORDER BY.
     */
    public static String joined(Engine engine, String expression, String from, String orderBy) {
        if (engine == Engine.POSTGRESQL) {
            return "(SELECT string_agg(CAST(" + expression + " AS text), chr(31) ORDER BY " + orderBy + ") " + from + ")";
        }
        return "(SELECT group_concat(joined, char(31)) FROM (SELECT " + expression + " AS joined " + from + " ORDER BY " + orderBy + "))";
    }

    /**
     * What ends a SELECT that locks the rows it reads until the unit ends: {@code FOR UPDATE} on
     * PostgreSQL; nothing on SQLite, which knows no row locks (a file's unit of work is its only writer).
     */
    public static String forUpdate(Engine engine) {
        return engine == Engine.POSTGRESQL ? " FOR UPDATE" : "";
    }
}
