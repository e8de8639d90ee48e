package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.persistence.query.Term;
import dk.reimbursementdesk.persistence.query.Term.Operator;
import java.util.List;
import java.util.Locale;

/**
 * One comma-separated element of a {@link Criteria}: what it means in words, and the SQL-free
 * {@link Term} persistence compares with. Values keep how the user typed them (with any quotes), to
 * show them back unchanged; equality ignores that spelling.
 */
sealed interface Criterion permits Criterion.Equal, Criterion.Blank, Criterion.Between, Criterion.After, Criterion.Before,
        Criterion.Matches {

    Term term();

    String describe(Locale locale);

    default String describeNegated(Locale locale) {
        throw new IllegalStateException("only values, wildcards and blank are negated");
    }

    /** A literal value and how the user typed it. */
    record Bound(String value, String source) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bound that && value.equals(that.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    record Equal(String value, String source) implements Criterion {
        @Override
        public Term term() {
            return Term.of(Operator.EQUAL, value);
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

    record Blank() implements Criterion {
        @Override
        public Term term() {
            return Term.of(Operator.BLANK);
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

    /** An inclusive range; one of the bounds may be missing, not both. */
    record Between(Bound low, Bound high) implements Criterion {
        @Override
        public Term term() {
            if (low == null) {
                return Term.of(Operator.AT_MOST, high.value());
            }
            if (high == null) {
                return Term.of(Operator.AT_LEAST, low.value());
            }
            return Term.of(Operator.BETWEEN, low.value(), high.value());
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

    record After(Bound bound) implements Criterion {
        @Override
        public Term term() {
            return Term.of(Operator.AFTER, bound.value());
        }

        @Override
        public String describe(Locale locale) {
            return QueryMessages.text(locale, "query.describe.after", bound.source());
        }
    }

    record Before(Bound bound) implements Criterion {
        @Override
        public Term term() {
            return Term.of(Operator.BEFORE, bound.value());
        }

        @Override
        public String describe(Locale locale) {
            return QueryMessages.text(locale, "query.describe.before", bound.source());
        }
    }

    /** A wildcard value: literal text and wildcards in turn, as {@link Term} describes them. */
    record Matches(List<String> pieces, String source) implements Criterion {
        public Matches {
            pieces = List.copyOf(pieces);
        }

        @Override
        public Term term() {
            return new Term(Operator.MATCHES, pieces);
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
            return other instanceof Matches that && pieces.equals(that.pieces);
        }

        @Override
        public int hashCode() {
            return pieces.hashCode();
        }
    }
}
