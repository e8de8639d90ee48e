package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.query.CriteriaTerms;
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
 * <p>Text compares case-insensitively for every letter ({@code æ} and {@code Æ} alike: persistence folds
 * both sides with {@code TextFold}) and in text order ({@code C10} sorts before {@code C9}). A doubled
 * {@code !} is refused: {@code !!C001} would otherwise read as "not the value !C001". Only
 * values, wildcards and blank can be negated: a negated range reads ambiguously, and its opposite is
 * always expressible ({@code <A,>B}).
 */
public final class Criteria {

    private final String text;
    private final List<Criterion> anyOf;
    private final List<Criterion> noneOf;

    Criteria(String text, List<Criterion> anyOf, List<Criterion> noneOf) {
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
        return CriterionParser.parse(text.strip());
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
        for (Criterion criterion : anyOf) {
            if (criterion instanceof Criterion.Equal equal) {
                equals.add(equal.source());
            } else {
                flushEquals(locale, equals, positive);
                positive.add(criterion.describe(locale));
            }
        }
        flushEquals(locale, equals, positive);
        String or = " " + QueryMessages.text(locale, "query.word.or") + " ";
        String and = " " + QueryMessages.text(locale, "query.word.and") + " ";

        List<String> negative = new ArrayList<>();
        List<String> excluded = noneOf.stream()
                .filter(Criterion.Equal.class::isInstance).map(c -> ((Criterion.Equal) c).source()).toList();
        if (excluded.size() == 1) {
            negative.add(QueryMessages.text(locale, "query.describe.notEqual", excluded.get(0)));
        } else if (excluded.size() > 1) {
            negative.add(QueryMessages.text(locale, "query.describe.noneOf", String.join(", ", excluded)));
        }
        noneOf.stream().filter(c -> !(c instanceof Criterion.Equal)).map(c -> c.describeNegated(locale)).forEach(negative::add);

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

    /** The criteria as persistence compares with it: the same alternatives and exclusions, without the spelling. */
    CriteriaTerms terms() {
        return new CriteriaTerms(anyOf.stream().map(Criterion::term).toList(), noneOf.stream().map(Criterion::term).toList());
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
}
