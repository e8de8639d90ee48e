package dk.reimbursementdesk.cli;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The result lines of reimburse and pay: fields separated by a tab, amounts plain (point, no
 * grouping, exactly the currency's decimals), so that {@code cut -f} and scripts read them whatever
 * the locale.
 */
final class TabSeparated {

    private TabSeparated() {
    }

    /** A tab or line break inside a name would split the line into wrong fields, so it becomes a space. */
    static String line(Object... fields) {
        return Stream.of(fields)
                .map(f -> f == null ? "" : f instanceof BigDecimal amount ? amount.toPlainString() : f.toString())
                .map(f -> f.replaceAll("[\\t\\r\\n]", " "))
                .collect(Collectors.joining("\t"));
    }

    /** Totals per currency as {@code 2520.00 DKK, 170.00 EUR}, in the map's order. */
    static String totals(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream()
                .map(e -> e.getValue().toPlainString() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
