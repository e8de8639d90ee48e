package dk.reimbursementdesk.persistence.query;

import dk.reimbursementdesk.persistence.Engine;
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
     * The fields' criteria, all of which must hold, in the words of {@code engine} (on PostgreSQL
     * NOCASE is {@code lower()} on both sides): the alternatives of one field are OR'ed, the fields
     * AND'ed. No fields select everything ({@code 1=1}). The engine is required: there is no form
     * without it, so no caller can hand SQLite's SQL to a server (issue 15).
     */
    public static SqlPredicate where(Engine engine, List<FieldCriteria> fields) {
        if (fields.isEmpty()) {
            return new SqlPredicate("1=1", List.of());
        }
        List<Object> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (FieldCriteria field : fields) {
            List<String> alternatives = new ArrayList<>();
            for (CriteriaTerms criteria : field.alternatives()) {
                alternatives.add(condition(engine, field.column(), criteria, parameters));
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
    public static SqlPredicate condition(Engine engine, String column, CriteriaTerms criteria) {
        List<Object> parameters = new ArrayList<>();
        return new SqlPredicate(condition(engine, column, criteria, parameters), parameters);
    }

    private static String condition(Engine engine, String column, CriteriaTerms criteria, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!criteria.anyOf().isEmpty()) {
            conditions.add(group(criteria.anyOf().stream().map(t -> sql(engine, t, column, parameters)).toList(), " OR "));
        }
        for (Term term : criteria.noneOf()) {
            conditions.add(negatedSql(engine, term, column, parameters));
        }
        return group(conditions, " AND ");
    }

    /** Joins conditions that are each parenthesized already, adding parentheses only where needed. */
    private static String group(List<String> conditions, String operator) {
        return conditions.size() == 1 ? conditions.get(0) : "(" + String.join(operator, conditions) + ")";
    }

    private static String sql(Engine engine, Term term, String column, List<Object> parameters) {
        List<String> values = term.values();
        if (term.operator() == Term.Operator.MATCHES) {
            parameters.add(likePattern(values));
        } else {
            parameters.addAll(values);
        }
        if (values.stream().anyMatch(TextFold::beyondAscii)) {
            // The column and the values both go through the folding function, so the parameters
            // stay as typed; SQLite folds a parameter once, not once per row.
            return compared(term.operator(), column, TextFold.FUNCTION + "(" + column + ")", TextFold.FUNCTION + "(?)");
        }
        if (engine == Engine.POSTGRESQL) {
            // lower() of column and value, as the unique indexes on lower(account) and lower(code)
            // are built, so equality can use them; LIKE there is case-sensitive, so it compares the
            // lowered texts too.
            return compared(term.operator(), column, "lower(" + column + ")", "lower(CAST(? AS text))");
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

    /** A comparison of {@code folded} (the column, folded) with {@code value} (a parameter, folded alike). */
    private static String compared(Term.Operator operator, String column, String folded, String value) {
        return switch (operator) {
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
    private static String negatedSql(Engine engine, Term term, String column, List<Object> parameters) {
        String condition = sql(engine, term, column, parameters);
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
