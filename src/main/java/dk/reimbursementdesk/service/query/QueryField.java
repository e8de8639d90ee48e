package dk.reimbursementdesk.service.query;

import java.util.Locale;
import java.util.Objects;

/**
 * A field a selection can range over. The key is what the command line types, the name key is what the
 * dialog shows, and the column is the expression the field maps to over its catalog's {@link QueryCatalog#source()
 * tables}. The column is fixed code, never user text, which is what lets persistence paste it into SQL.
 */
public record QueryField(String key, String nameKey, String column) {

    public QueryField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(column, "column");
    }

    /** The field's name as the user reads it, from the query bundle. */
    public String displayName(Locale locale) {
        return QueryMessages.text(locale, nameKey);
    }
}
