package dk.reimbursementdesk.persistence.query;

import dk.reimbursementdesk.persistence.Like;
import dk.reimbursementdesk.persistence.TextFold;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a selection's criteria as a WHERE condition with {@code ?} placeholders and its bind
 * parameters. Column names come from the fixed field catalogue; every typed value is a parameter.
 *
 * <p>Text compares case-insensitively for every letter, Danish and other non-ASCII ones too. A term
 * whose values are all ASCII compares with SQLite's own NOCASE and LIKE, which fold ASCII letters
 * and so give the same answer for it (a non-ASCII letter in the data sorts after every ASCII
 * character whatever its case) while keeping the account index usable; a term with any other
 * letter compares {@link TextFold#FUNCTION}{@code (column)} with {@link TextFold#FUNCTION}{@code (?)},
 * the same Java code on both sides.
 */
public final class CriteriaSql {

    private CriteriaSql() {
    }

    /**
     * The fields' criteria, all of which must hold: the alternatives of one field are OR'ed, the
     * fields AND'ed. No fields select everything ({@code 1=1}).
     */
    public static SqlPredicate where(List<FieldCriteria> fields) {
        if (fields.isEmpty()) {
            return new SqlPredicate("1=1", List.of());
        }
        List<Object> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (FieldCriteria field : fields) {
            List<String> alternatives = new ArrayList<>();
            for (CriteriaTerms criteria : field.alternatives()) {
                alternatives.add(condition(field.column(), criteria, parameters));
            }
            conditions.add(group(alternatives, " OR "));
        }
        // Parenthesized as a whole too, so a caller can add its own conditions next to it with any operator.
        return new SqlPredicate(group(conditions, " AND "), parameters);
    }

    /**
     * One criteria as a condition on a column. Alternatives are OR'ed, exclusions AND'ed; an exclusion also
     * selects rows where the column is NULL, because a customer without a vendor is certainly not vendor V1.
     */
    public static SqlPredicate condition(String column, CriteriaTerms criteria) {
        List<Object> parameters = new ArrayList<>();
        return new SqlPredicate(condition(column, criteria, parameters), parameters);
    }

    private static String condition(String column, CriteriaTerms criteria, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!criteria.anyOf().isEmpty()) {
            conditions.add(group(criteria.anyOf().stream().map(t -> sql(t, column, parameters)).toList(), " OR "));
        }
        for (Term term : criteria.noneOf()) {
            conditions.add(negatedSql(term, column, parameters));
        }
        return group(conditions, " AND ");
    }

    /** Joins conditions that are each parenthesized already, adding parentheses only where needed. */
    private static String group(List<String> conditions, String operator) {
        return conditions.size() == 1 ? conditions.get(0) : "(" + String.join(operator, conditions) + ")";
    }

    private static String sql(Term term, String column, List<Object> parameters) {
        List<String> values = term.values();
        if (values.stream().anyMatch(TextFold::beyondAscii)) {
            return foldedSql(term, column, parameters);
        }
        if (term.operator() == Term.Operator.MATCHES) {
            parameters.add(likePattern(values));
        } else {
            parameters.addAll(values);
        }
        return switch (term.operator()) {
            case EQUAL -> "(" + column + " = ? COLLATE NOCASE)";
            case BLANK -> "(" + column + " IS NULL OR " + column + " = '')";
            case AT_LEAST -> "(" + column + " >= ? COLLATE NOCASE)";
            case AT_MOST -> "(" + column + " <= ? COLLATE NOCASE)";
            case BETWEEN -> "(" + column + " >= ? COLLATE NOCASE AND " + column + " <= ? COLLATE NOCASE)";
            case AFTER -> "(" + column + " > ? COLLATE NOCASE)";
            case BEFORE -> "(" + column + " < ? COLLATE NOCASE)";
            case MATCHES -> "(" + column + " LIKE ?" + Like.ESCAPE + ")";
        };
    }

    /**
     * A term with non-ASCII letters: the column and the values both go through the folding function,
     * so the parameters stay as typed; SQLite folds a parameter once, not once per row.
     */
    private static String foldedSql(Term term, String column, List<Object> parameters) {
        if (term.operator() == Term.Operator.MATCHES) {
            parameters.add(likePattern(term.values()));
        } else {
            parameters.addAll(term.values());
        }
        String folded = TextFold.FUNCTION + "(" + column + ")";
        String value = TextFold.FUNCTION + "(?)";
        return switch (term.operator()) {
            case EQUAL -> "(" + folded + " = " + value + ")";
            case BLANK -> "(" + column + " IS NULL OR " + column + " = '')";
            case AT_LEAST -> "(" + folded + " >= " + value + ")";
            case AT_MOST -> "(" + folded + " <= " + value + ")";
            case BETWEEN -> "(" + folded + " >= " + value + " AND " + folded + " <= " + value + ")";
            case AFTER -> "(" + folded + " > " + value + ")";
            case BEFORE -> "(" + folded + " < " + value + ")";
            case MATCHES -> "(" + folded + " LIKE " + value + Like.ESCAPE + ")";
        };
    }

    /**
     * NULL is selected by a negation: "not C001" holds for a row that has no value at all. Unlike
     * the others, "not blank" must not select NULL: NULL is blank.
     */
    private static String negatedSql(Term term, String column, List<Object> parameters) {
        String condition = sql(term, column, parameters);
        return term.operator() == Term.Operator.BLANK
                ? "(NOT " + condition + ")"
                : "(" + column + " IS NULL OR NOT " + condition + ")";
    }

    /** The LIKE pattern of a MATCHES term: its wildcards as LIKE's, its text escaped. */
    private static String likePattern(List<String> pieces) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (i % 2 == 1) {
                pattern.append(piece.equals(Term.ANY_TEXT) ? '%' : '_');
            } else {
                pattern.append(Like.escape(piece));
            }
        }
        return pattern.toString();
    }
}
