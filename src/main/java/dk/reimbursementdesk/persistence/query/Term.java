package dk.reimbursementdesk.persistence.query;

import java.util.List;
import java.util.Objects;

/**
 * One comparison of a criteria, SQL-free: what the user asked of a field's value, with the typed
 * values it compares to. {@link CriteriaSql} turns it into a condition on the field's column; the
 * values only ever travel as bind parameters.
 *
 * <p>A {@link Operator#MATCHES MATCHES} term's values are the wildcard value as typed, in pieces:
 * literal text at the even positions (empty where two wildcards or an end meet) and one wildcard,
 * {@code *} (any text) or {@code ?} (one character), at each odd position. So a quoted {@code *}
 * stays literal text and the pieces need no escaping of their own.
 */
public record Term(Operator operator, List<String> values) {

    public enum Operator {
        /** The value itself, ignoring case. */
        EQUAL(1),
        /** No value at all, or an empty one. */
        BLANK(0),
        /** From the value onwards, inclusive. */
        AT_LEAST(1),
        /** Up to the value, inclusive. */
        AT_MOST(1),
        /** From the first value to the second, inclusive. */
        BETWEEN(2),
        /** Strictly after the value. */
        AFTER(1),
        /** Strictly before the value. */
        BEFORE(1),
        /** Text and wildcards in turn, see {@link Term}. */
        MATCHES(-1);

        private final int arity;

        Operator(int arity) {
            this.arity = arity;
        }
    }

    /** The wildcard piece that stands for any text, possibly none. */
    public static final String ANY_TEXT = "*";
    /** The wildcard piece that stands for exactly one character. */
    public static final String ONE_CHARACTER = "?";

    public Term {
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
        if (operator == Operator.MATCHES ? values.size() % 2 == 0 : values.size() != operator.arity) {
            throw new IllegalArgumentException(operator + " cannot compare to " + values.size() + " values");
        }
        if (operator == Operator.MATCHES) {
            for (int i = 1; i < values.size(); i += 2) {
                if (!values.get(i).equals(ANY_TEXT) && !values.get(i).equals(ONE_CHARACTER)) {
                    throw new IllegalArgumentException("Not a wildcard: " + values.get(i));
                }
            }
        }
    }

    public static Term of(Operator operator, String... values) {
        return new Term(operator, List.of(values));
    }
}
