package dk.reimbursementdesk.cli;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The result lines of reimburse and pay: fields separated by a tab, amounts plain (point, no
 * grouping, exactly the currency's decimals), so that {@code cut -f} and scripts read them whatever
 * the locale.
 */
final class TabSeparated {

    private TabSeparated() {
    }

    private static final Pattern FIELD_BREAKS = Pattern.compile("[\\t\\r\\n]");

    /**
     * A tab or line break inside a name would split the line into wrong fields, so it becomes a
     * space. Written without streams or a regex per field: a run prints 100,000 of these lines.
     */
    static String line(Object... fields) {
        StringBuilder line = new StringBuilder(96);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object f = fields[i];
            String text = f == null ? "" : f instanceof BigDecimal amount ? amount.toPlainString() : f.toString();
            line.append(hasBreak(text) ? FIELD_BREAKS.matcher(text).replaceAll(" ") : text);
        }
        return line.toString();
    }

    private static boolean hasBreak(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
    }

    /** Totals per currency as {@code 2520.00 DKK, 170.00 EUR}, in the map's order. */
    static String totals(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream()
                .map(e -> e.getValue().toPlainString() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
