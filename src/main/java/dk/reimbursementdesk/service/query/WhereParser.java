package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.domain.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the command line's {@code --where "group=RETAIL,WHOLESALE;account=C0*;currency=!USD"}: pairs of
 * field=criteria separated by {@code ;}. Each pair becomes one row, so repeating a field gives
 * alternatives just as repeating it in the dialog does.
 */
public final class WhereParser {

    private WhereParser() {
    }

    /**
     * Parses a where string against a catalog; a blank string selects everything. Empty pairs (as in a
     * trailing {@code ;}) are skipped, since shells and scripts produce them easily and they mean nothing.
     *
     * @throws UserException naming the pair, the field and the problem when the string is not valid
     */
    public static Selection parse(String where, QueryCatalog catalog) {
        Selection selection = Selection.all(catalog);
        if (where == null || where.isBlank()) {
            return selection;
        }
        for (String pair : splitOutsideQuotes(where)) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw QueryMessages.refusal("query.where.missingEquals", pair.strip());
            }
            String key = pair.substring(0, equals).strip();
            if (key.isEmpty()) {
                throw QueryMessages.refusal("query.where.missingField", pair.strip(), catalog.keyList());
            }
            QueryField field = catalog.field(key)
                    .orElseThrow(() -> QueryMessages.refusal("query.where.unknownField", key, catalog.keyList()));
            Criteria criteria;
            try {
                criteria = Criteria.parse(pair.substring(equals + 1));
            } catch (UserException problem) {
                throw new FieldCriteriaException(field.key(), problem);
            }
            selection = selection.with(field, criteria);
        }
        return selection;
    }

    /** Splits on {@code ;} outside double quotes; {@code ""} escapes toggle twice and so need no care. */
    private static List<String> splitOutsideQuotes(String where) {
        List<String> pairs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < where.length(); i++) {
            char c = where.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                pairs.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pairs.add(current.toString());
        return pairs;
    }

    /**
     * A criteria problem said of the field it was typed for; the criteria's own refusal is the cause. The inner sentence is formatted in the same
     * locale as the outer one, which a pre-formatted message argument could not guarantee.
     */
    static final class FieldCriteriaException extends UserException {

        private final String field;
        private final UserException problem;

        FieldCriteriaException(String field, UserException problem) {
            super(QueryMessages.BUNDLE, "query.where.invalidCriteria", new Object[] {field, problem.getKey()}, problem);
            this.field = field;
            this.problem = problem;
        }

        @Override
        public String format(Locale locale) {
            return QueryMessages.text(locale, "query.where.invalidCriteria", field, problem.format(locale));
        }
    }
}
