package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.persistence.query.Term;
import dk.reimbursementdesk.service.query.Criterion.After;
import dk.reimbursementdesk.service.query.Criterion.Before;
import dk.reimbursementdesk.service.query.Criterion.Between;
import dk.reimbursementdesk.service.query.Criterion.Blank;
import dk.reimbursementdesk.service.query.Criterion.Bound;
import dk.reimbursementdesk.service.query.Criterion.Equal;
import dk.reimbursementdesk.service.query.Criterion.Matches;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the range syntax {@link Criteria} describes, refusing what it cannot read unambiguously. */
final class CriterionParser {

    private CriterionParser() {
    }

    /** Parses criteria text that is neither blank nor surrounded by whitespace. */
    static Criteria parse(String text) {
        List<Criterion> anyOf = new ArrayList<>();
        List<Criterion> noneOf = new ArrayList<>();
        for (List<Ch> element : split(lex(text), ',')) {
            parseElement(text, element, anyOf, noneOf);
        }
        return new Criteria(text, anyOf, noneOf);
    }

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

    private static void parseElement(String text, List<Ch> raw, List<Criterion> anyOf, List<Criterion> noneOf) {
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
            if (element.get(0).is('!')) {
                // !!C1 read as "not the value !C1" and so selected everyone; no one means that.
                throw QueryMessages.refusal("query.criteria.doubleNegation", text);
            }
        }
        Criterion criterion = parseCriterion(text, element);
        if (negated && !(criterion instanceof Equal || criterion instanceof Matches || criterion instanceof Blank)) {
            throw QueryMessages.refusal("query.criteria.negatedRange", text);
        }
        (negated ? noneOf : anyOf).add(criterion);
    }

    private static Criterion parseCriterion(String text, List<Ch> element) {
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
            Bound from = low.isEmpty() ? null : bound(text, low);
            Bound to = high.isEmpty() ? null : bound(text, high);
            // Text compares case-insensitively in text order (as the SQL does): a range whose start comes
            // after its end matches nothing, which is never what was meant.
            if (from != null && to != null
                    && from.value().toLowerCase(Locale.ROOT).compareTo(to.value().toLowerCase(Locale.ROOT)) > 0) {
                throw QueryMessages.refusal("query.criteria.reversed", text, from.source(), to.source());
            }
            return new Between(from, to);
        }
        if (element.stream().anyMatch(CriterionParser::isWildcard)) {
            return new Matches(pieces(element), source(text, element));
        }
        if (element.stream().allMatch(Ch::isMark)) {
            return new Blank();
        }
        return new Equal(value(element), source(text, element));
    }

    private static boolean isWildcard(Ch ch) {
        return ch.is('*') || ch.is('?');
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
        if (chars.stream().anyMatch(CriterionParser::isWildcard)) {
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

    /** A wildcard value as literal text and wildcards in turn; a quoted {@code *} or {@code ?} is text. */
    private static List<String> pieces(List<Ch> chars) {
        List<String> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (Ch ch : chars) {
            if (ch.isMark()) {
                continue;
            }
            if (isWildcard(ch)) {
                pieces.add(literal.toString());
                literal.setLength(0);
                pieces.add(ch.c() == '*' ? Term.ANY_TEXT : Term.ONE_CHARACTER);
            } else {
                literal.append(ch.c());
            }
        }
        pieces.add(literal.toString());
        return pieces;
    }
}
