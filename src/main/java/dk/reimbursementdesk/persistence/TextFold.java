package dk.reimbursementdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Locale;
import org.sqlite.Function;

/**
 * The one case folding of the ledger's text comparisons: Unicode NFC, then lower case by
 * {@link Locale#ROOT}, so {@code TRÆ}, {@code Træ} and {@code træ} (and {@code Æ} written as A and a
 * combining mark) compare equal. SQLite's NOCASE, {@code LIKE} and {@code lower()} fold ASCII only,
 * so the selections and the account lookups compare {@code desk_fold(column)} with a value folded
 * here: the same Java code on both sides.
 *
 * <p>Why a function registered on each connection, not a folded column or a collation: a column
 * would have to be kept right by every writer (entities, the imports' batched SQL, the run's
 * set-based one-time vendors, the synthetic fill, older files), and a collation in the schema would
 * make the file unreadable to any tool that lacks it. The function costs a call per row scanned;
 * the selections scan the customer table anyway, and the reimbursement preview without criteria
 * calls it not at all. On PostgreSQL the same place becomes its own {@code lower()} (Unicode there).
 */
public final class TextFold {

    /** The SQL name of the folding function every ledger connection has. */
    public static final String FUNCTION = "desk_fold";

    private TextFold() {
    }

    /** The folded text; null stays null. Pure ASCII is lowered without normalizing (the common case). */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        return upper ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** Whether folding can make this text equal to a text it is not equal to ignoring ASCII case. */
    public static boolean beyondAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** Gives the connection {@value #FUNCTION}(text): deterministic, so SQLite may evaluate it once per value. */
    static void register(Connection connection) throws SQLException {
        Function.create(connection, FUNCTION, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                if (text == null) {
                    result();
                } else {
                    result(fold(text));
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }

    /** The ledger's data source: every connection it hands out can fold. */
    static final class FoldingDataSource extends org.sqlite.SQLiteDataSource {

        FoldingDataSource(org.sqlite.SQLiteConfig config) {
            super(config);
        }

        @Override
        public org.sqlite.SQLiteConnection getConnection(String username, String password) throws SQLException {
            org.sqlite.SQLiteConnection connection = super.getConnection(username, password);
            try {
                register(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        }
    }
}
