package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.domain.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One criteria string in the Dynamics AX range syntax, parsed once so that a bad entry is refused where
 * the user typed it rather than when the query runs.
 *
 * <p>Syntax: {@code C001} equal, {@code !C001} not equal, {@code A..B}, {@code ..B}, {@code A..} inclusive
 * ranges, {@code >X} and {@code <X} strict comparisons, {@code *} and {@code ?} wildcards (also negated:
 * {@code !C*}), {@code ""} blank and {@code !""} not blank, and comma lists. In a list the plain values
 * are alternatives and the negated ones are all exclusions: {@code A,B,!C} means (A or B) and not C.
 * Double quotes make a value literal ({@code "A,B"}, {@code "C*"}); {@code ""} inside quotes is one quote.
 *
 * <p>Text compares case-insensitively and in text order ({@code C10} sorts before {@code C9}). SQLite's
 * NOCASE and LIKE fold only ASCII letters, so {@code æ} and {@code Æ} still differ; matching Danish
 * letters regardless of case needs a collation registered on the connection, which is persistence's job. Only
 * values, wildcards and blank can be negated: a negated range reads ambiguously, and its opposite is
 * always expressible ({@code <A,>B}).
 */
public final class Criteria {

    private final String text;
    private final List<Term> anyOf;
    private final List<Term> noneOf;

    private Criteria(String text, List<Term> anyOf, List<Term> noneOf) {
        this.text = text;
        this.anyOf = List.copyOf(anyOf);
        this.noneOf = List.copyOf(noneOf);
    }

    /**
     * Parses a criteria string.
     *
     * @throws UserException naming the problem and the criteria text when it is not valid
     */
    public static Criteria parse(String text) {
        if (text == null || text.isBlank()) {
            throw QueryMessages.refusal("query.criteria.empty");
        }
        String trimmed = text.strip();
        List<Term> anyOf = new ArrayList<>();
        List<Term> noneOf = new ArrayList<>();
        for (List<Ch> element : split(lex(trimmed), ',')) {
            parseElement(trimmed, element, anyOf, noneOf);
        }
        return new Criteria(trimmed, anyOf, noneOf);
    }

    /** The criteria as typed, without surrounding whitespace. */
    public String text() {
        return text;
    }

    /**
     * The criteria in words, such as "is RETAIL or WHOLESALE" or "matches C0*", to follow a field name.
     */
    public String describe(Locale locale) {
        List<String> positive = new ArrayList<>();
        List<String> equals = new ArrayList<>();
        for (Term term : anyOf) {
            if (term instanceof Equal equal) {
                equals.add(equal.source());
            } else {
                flushEquals(locale, equals, positive);
                positive.add(term.describe(locale));
            }
        }
        flushEquals(locale, equals, positive);
        String or = " " + QueryMessages.text(locale, "query.word.or") + " ";
        String and = " " + QueryMessages.text(locale, "query.word.and") + " ";

        List<String> negative = new ArrayList<>();
        List<String> excluded = noneOf.stream().filter(Equal.class::isInstance).map(t -> ((Equal) t).source()).toList();
        if (excluded.size() == 1) {
            negative.add(QueryMessages.text(locale, "query.describe.notEqual", excluded.get(0)));
        } else if (excluded.size() > 1) {
            negative.add(QueryMessages.text(locale, "query.describe.noneOf", String.join(", ", excluded)));
        }
        noneOf.stream().filter(t -> !(t instanceof Equal)).map(t -> t.describeNegated(locale)).forEach(negative::add);

        List<String> parts = new ArrayList<>();
        if (!positive.isEmpty()) {
            parts.add(String.join(or, positive));
        }
        parts.addAll(negative);
        return String.join(and, parts);
    }

    private static void flushEquals(Locale locale, List<String> equals, List<String> phrases) {
        if (!equals.isEmpty()) {
            String or = " " + QueryMessages.text(locale, "query.word.or") + " ";
            phrases.add(QueryMessages.text(locale, "query.describe.equal", String.join(or, equals)));
            equals.clear();
        }
    }

    /** True when the words would read ambiguously next to other rows, as in "A or B and not C". */
    boolean mixesAlternativesAndExclusions() {
        return !anyOf.isEmpty() && !noneOf.isEmpty();
    }

    /**
     * The criteria as a condition on a column. Alternatives are OR'ed, exclusions AND'ed; an exclusion also
     * selects rows where the column is NULL, because a customer without a vendor is certainly not vendor V1.
     */
    SqlPredicate toSql(String column) {
        List<Object> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (!anyOf.isEmpty()) {
            conditions.add(group(anyOf.stream().map(t -> t.sql(column, parameters)).toList(), " OR "));
        }
        for (Term term : noneOf) {
            conditions.add(term.negatedSql(column, parameters));
        }
        return new SqlPredicate(group(conditions, " AND "), parameters);
    }

    /** Joins conditions that are each parenthesized already, adding parentheses only where needed. */
    static String group(List<String> conditions, String operator) {
        return conditions.size() == 1 ? conditions.get(0) : "(" + String.join(operator, conditions) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Criteria that && anyOf.equals(that.anyOf) && noneOf.equals(that.noneOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(anyOf, noneOf);
    }

    @Override
    public String toString() {
        return text;
    }

    // ---- parsing ----------------------------------------------------------------------------------

    /**
     * A character of the criteria and whether it was typed inside quotes, because quoting is what turns
     * syntax back into data. OPEN and CLOSE mark where quotes stood, so {@code ""} can mean blank and the
     * value can be shown back exactly as typed.
     */
    private record Ch(char c, Kind kind, int position) {
        boolean is(char wanted) {
            return kind == Kind.PLAIN && c == wanted;
        }

        boolean isMark() {
            return kind == Kind.OPEN || kind == Kind.CLOSE;
        }
    }

    private enum Kind { PLAIN, QUOTED, OPEN, CLOSE }

    private static List<Ch> lex(String text) {
        List<Ch> chars = new ArrayList<>(text.length() + 2);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"') {
                chars.add(new Ch(c, Kind.PLAIN, i));
                i++;
                continue;
            }
            chars.add(new Ch(c, Kind.OPEN, i));
            i++;
            boolean closed = false;
            while (i < text.length()) {
                char q = text.charAt(i);
                if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    chars.add(new Ch('"', Kind.QUOTED, i));
                    i += 2;
                } else if (q == '"') {
                    chars.add(new Ch(q, Kind.CLOSE, i));
                    i++;
                    closed = true;
                    break;
                } else {
                    chars.add(new Ch(q, Kind.QUOTED, i));
                    i++;
                }
            }
            if (!closed) {
                throw QueryMessages.refusal("query.criteria.unterminatedQuote", text);
            }
        }
        return chars;
    }

    private static List<List<Ch>> split(List<Ch> chars, char separator) {
        List<List<Ch>> parts = new ArrayList<>();
        List<Ch> current = new ArrayList<>();
        for (Ch ch : chars) {
            if (ch.is(separator)) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(ch);
            }
        }
        parts.add(current);
        return parts;
    }

    private static List<Ch> trim(List<Ch> chars) {
        int from = 0;
        int to = chars.size();
        while (from < to && chars.get(from).kind() == Kind.PLAIN && Character.isWhitespace(chars.get(from).c())) {
            from++;
        }
        while (to > from && chars.get(to - 1).kind() == Kind.PLAIN && Character.isWhitespace(chars.get(to - 1).c())) {
            to--;
        }
        return chars.subList(from, to);
    }

    private static void parseElement(String text, List<Ch> raw, List<Term> anyOf, List<Term> noneOf) {
        List<Ch> element = trim(raw);
        if (element.isEmpty()) {
            throw QueryMessages.refusal("query.criteria.emptyValue", text);
        }
        boolean negated = element.get(0).is('!');
        if (negated) {
            element = trim(element.subList(1, element.size()));
            if (element.isEmpty()) {
                throw QueryMessages.refusal("query.criteria.missingNegatedValue", text);
            }
        }
        Term term = parseTerm(text, element);
        if (negated && !(term instanceof Equal || term instanceof Matches || term instanceof Blank)) {
            throw QueryMessages.refusal("query.criteria.negatedRange", text);
        }
        (negated ? noneOf : anyOf).add(term);
    }

    private static Term parseTerm(String text, List<Ch> element) {
        Ch first = element.get(0);
        if (first.is('>') || first.is('<')) {
            String operator = String.valueOf(first.c());
            List<Ch> operand = trim(element.subList(1, element.size()));
            if (operand.isEmpty()) {
                throw QueryMessages.refusal("query.criteria.missingComparisonValue", text, operator);
            }
            if (rangeDots(operand).size() > 0) {
                throw QueryMessages.refusal("query.criteria.rangeAfterComparison", text, operator);
            }
            Bound bound = bound(text, operand);
            return first.c() == '>' ? new After(bound) : new Before(bound);
        }
        List<Integer> dots = rangeDots(element);
        if (dots.size() > 1) {
            throw QueryMessages.refusal("query.criteria.tooManyDots", text);
        }
        if (dots.size() == 1) {
            int at = dots.get(0);
            List<Ch> low = trim(element.subList(0, at));
            List<Ch> high = trim(element.subList(at + 2, element.size()));
            if (low.isEmpty() && high.isEmpty()) {
                throw QueryMessages.refusal("query.criteria.rangeWithoutBounds", text);
            }
            return new Between(low.isEmpty() ? null : bound(text, low), high.isEmpty() ? null : bound(text, high));
        }
        if (element.stream().anyMatch(ch -> ch.is('*') || ch.is('?'))) {
            return new Matches(likePattern(element), source(text, element));
        }
        if (element.stream().allMatch(Ch::isMark)) {
            return new Blank();
        }
        return new Equal(value(element), source(text, element));
    }

    /** Where {@code ..} stands outside quotes; {@code ...} counts twice so it is refused, not guessed at. */
    private static List<Integer> rangeDots(List<Ch> chars) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i + 1 < chars.size(); i++) {
            if (chars.get(i).is('.') && chars.get(i + 1).is('.')) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static Bound bound(String text, List<Ch> chars) {
        if (chars.stream().anyMatch(ch -> ch.is('*') || ch.is('?'))) {
            throw QueryMessages.refusal("query.criteria.wildcardInRange", text);
        }
        return new Bound(value(chars), source(text, chars));
    }

    private static String value(List<Ch> chars) {
        StringBuilder value = new StringBuilder(chars.size());
        chars.stream().filter(ch -> !ch.isMark()).forEach(ch -> value.append(ch.c()));
        return value.toString();
    }

    private static String source(String text, List<Ch> chars) {
        return text.substring(chars.get(0).position(), chars.get(chars.size() - 1).position() + 1);
    }

    /** The LIKE pattern for a wildcard value, with LIKE's own special characters escaped by {@code \}. */
    private static String likePattern(List<Ch> chars) {
        StringBuilder pattern = new StringBuilder(chars.size() + 4);
        for (Ch ch : chars) {
            if (ch.isMark()) {
                continue;
            }
            if (ch.is('*')) {
                pattern.append('%');
            } else if (ch.is('?')) {
                pattern.append('_');
            } else {
                if (ch.c() == '%' || ch.c() == '_' || ch.c() == '\\') {
                    pattern.append('\\');
                }
                pattern.append(ch.c());
            }
        }
        return pattern.toString();
    }

    // ---- terms ------------------------------------------------------------------------------------

    /** A literal value and how the user typed it (with any quotes), to show it back unchanged. */
    private record Bound(String value, String source) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bound that && value.equals(that.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    private sealed interface Term permits Equal, Blank, Between, After, Before, Matches {
        String sql(String column, List<Object> parameters);

        /** NULL is selected by a negation: "not C001" holds for a row that has no value at all. */
        default String negatedSql(String column, List<Object> parameters) {
            return "(" + column + " IS NULL OR NOT " + sql(column, parameters) + ")";
        }

        String describe(Locale locale);

        default String describeNegated(Locale locale) {
            throw new IllegalStateException("only values, wildcards and blank are negated");
        }
    }

    private record Equal(String value, String source) implements Term {
        @Override
        public String sql(String column, List<Object> parameters) {
            parameters.add(value);
            return "(" + column + " = ? COLLATE NOCASE)";
        }

        @Override
        public String describe(Locale locale) {
            return QueryMessages.text(locale, "query.describe.equal", source);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Equal that && value.equals(that.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    private record Blank() implements Term {
        @Override
        public String sql(String column, List<Object> parameters) {
            return "(" + column + " IS NULL OR " + column + " = '')";
        }

        /** Unlike other negations, "not blank" must not select NULL: NULL is blank. */
        @Override
        public String negatedSql(String column, List<Object> parameters) {
            return "(NOT " + sql(column, parameters) + ")";
        }

        @Override
        public String describe(Locale locale) {
            return QueryMessages.text(locale, "query.describe.blank");
        }

        @Override
        public String describeNegated(Locale locale) {
            return QueryMessages.text(locale, "query.describe.notBlank");
        }
    }

    private record Between(Bound low, Bound high) implements Term {
        @Override
        public String sql(String column, List<Object> parameters) {
            List<String> sides = new ArrayList<>(2);
            if (low != null) {
                parameters.add(low.value());
                sides.add(column + " >= ? COLLATE NOCASE");
            }
            if (high != null) {
                parameters.add(high.value());
                sides.add(column + " <= ? COLLATE NOCASE");
            }
            return "(" + String.join(" AND ", sides) + ")";
        }

        @Override
        public String describe(Locale locale) {
            if (low == null) {
                return QueryMessages.text(locale, "query.describe.upTo", high.source());
            }
            if (high == null) {
                return QueryMessages.text(locale, "query.describe.from", low.source());
            }
            return QueryMessages.text(locale, "query.describe.between", low.source(), high.source());
        }
    }

    private record After(Bound bound) implements Term {
        @Override
        public String sql(String column, List<Object> parameters) {
            parameters.add(bound.value());
            return "(" + column + " > ? COLLATE NOCASE)";
        }

        @Override
        public String describe(Locale locale) {
            return QueryMessages.text(locale, "query.describe.after", bound.source());
        }
    }

    private record Before(Bound bound) implements Term {
        @Override
        public String sql(String column, List<Object> parameters) {
            parameters.add(bound.value());
            return "(" + column + " < ? COLLATE NOCASE)";
        }

        @Override
        public String describe(Locale locale) {
            return QueryMessages.text(locale, "query.describe.before", bound.source());
        }
    }

    /** SQLite's LIKE ignores case for ASCII letters, which is the case-insensitivity we want here. */
    private record Matches(String likePattern, String source) implements Term {
        @Override
        public String sql(String column, List<Object> parameters) {
            parameters.add(likePattern);
            return "(" + column + " LIKE ? ESCAPE '\\')";
        }

        @Override
        public String describe(Locale locale) {
            return QueryMessages.text(locale, "query.describe.matches", source);
        }

        @Override
        public String describeNegated(Locale locale) {
            return QueryMessages.text(locale, "query.describe.notMatches", source);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Matches that && likePattern.equals(that.likePattern);
        }

        @Override
        public int hashCode() {
            return likePattern.hashCode();
        }
    }
}
