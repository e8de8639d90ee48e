package dk.reimbursementdesk.persistence;

/**
 * The one place LIKE's own special characters are escaped. Every statement that uses a pattern
 * from here says {@code ESCAPE '\'}, so a typed {@code %}, {@code _} or {@code \} matches itself.
 */
public final class Like {

    /** The escape clause to append after {@code LIKE ?}. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private Like() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped by {@code \}. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        appendEscaped(escaped, text);
        return escaped.toString();
    }

    /** A pattern matching any value that contains the (trimmed) text; blank matches everything. */
    public static String contains(String text) {
        return "%" + escape(text == null ? "" : text.trim()) + "%";
    }

    /** Appends one literal character, escaped if LIKE would read it as a wildcard. */
    public static void appendEscaped(StringBuilder pattern, char c) {
        if (c == '%' || c == '_' || c == '\\') {
            pattern.append('\\');
        }
        pattern.append(c);
    }

    private static void appendEscaped(StringBuilder pattern, String text) {
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(pattern, text.charAt(i));
        }
    }
}
