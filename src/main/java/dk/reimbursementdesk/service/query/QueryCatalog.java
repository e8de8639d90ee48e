package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.persistence.query.QuerySource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields one kind of record (customers, vendors) can be selected on, together with the tables
 * their columns assume: the two only make sense as a pair, so they travel together.
 */
public final class QueryCatalog {

    private final String allKey;
    private final QuerySource source;
    private final List<QueryField> fields;

    QueryCatalog(String allKey, QuerySource source, List<QueryField> fields) {
        this.allKey = allKey;
        this.source = source;
        this.fields = List.copyOf(fields);
    }

    public List<QueryField> fields() {
        return fields;
    }

    /** The field with this key; case and surrounding spaces are ignored because people type it. */
    public Optional<QueryField> field(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip();
        return fields.stream().filter(f -> f.key().equalsIgnoreCase(wanted)).findFirst();
    }

    public boolean contains(QueryField field) {
        return fields.contains(field);
    }

    /** The tables the fields' columns refer to. */
    public QuerySource source() {
        return source;
    }

    /** The field keys as a comma-separated list, for messages that tell the user what exists. */
    String keyList() {
        return fields.stream().map(QueryField::key).collect(Collectors.joining(", "));
    }

    /** What an empty selection means in words, such as "All customers". */
    String describeAll(Locale locale) {
        return QueryMessages.text(locale, allKey);
    }
}
